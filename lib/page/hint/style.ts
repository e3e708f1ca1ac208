// Styles live inside the hint's shadow root, so the site's CSS cannot reach them and ours cannot leak out.
export const HINT_CSS = `
:host { all: initial; display: flex; justify-content: flex-end; position: relative;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark; }
.badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; cursor: pointer;
  margin: 2px 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600;
  background: #eef1f4; color: #44505c; border: 1px solid #d5dbe1; }
.badge:focus-visible { outline: 2px solid #1d6fd8; outline-offset: 2px; }
.badge[data-kind="give"] { background: #e3f5ea; color: #17663a; border-color: #a9dcbc; }
.badge[data-kind="take"] { background: #fff1e0; color: #8a4b00; border-color: #f3c98f; }
.badge[data-empty] { opacity: .6; }
.card { position: absolute; z-index: 2147483000; right: 4px; top: calc(100% + 4px); width: min(360px, 90vw); max-height: 60vh; overflow: auto;
  box-sizing: border-box; padding: 12px; border-radius: 10px; background: #fff; color: #1f2328;
  border: 1px solid #d0d7de; box-shadow: 0 8px 24px rgba(0,0,0,.18); }
.card.up { top: auto; bottom: calc(100% + 4px); }
.card[hidden] { display: none; }
.card h2 { font-size: 14px; margin: 0 0 8px; }
.finding { border-top: 1px solid #e5e8eb; padding: 8px 0; }
.finding:first-of-type { border-top: 0; }
.family { font-weight: 600; }
.message { margin-top: 2px; }
.quote { font-style: italic; color: #57606a; overflow-wrap: anywhere; }
.suggestion { margin-top: 4px; }
.why { margin-top: 4px; font-size: 12px; color: #57606a; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }
.actions button { all: unset; cursor: pointer; padding: 3px 10px; border-radius: 6px; border: 1px solid #d0d7de; font-size: 12px; }
.actions button:focus-visible { outline: 2px solid #1d6fd8; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .badge { background: #2b3138; color: #c9d1d9; border-color: #444c56; }
  .badge[data-kind="give"] { background: #12361f; color: #7ee2a8; border-color: #2e6b45; }
  .badge[data-kind="take"] { background: #3d2705; color: #f5c07a; border-color: #7a5214; }
  .card { background: #1c2128; color: #e6edf3; border-color: #444c56; }
  .quote, .why { color: #9da7b3; }
  .finding { border-color: #30363d; }
  .actions button { border-color: #444c56; }
}
`;
