// Styles live inside the hint's shadow root, so the site's CSS cannot reach them and ours cannot leak out.
// Colours meet WCAG AA contrast in light and dark (axe checks the open card in e2e).
export const HINT_CSS = `
:host { all: initial; display: flex; justify-content: flex-end; position: relative;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark; }
.badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; cursor: pointer;
  margin: 2px 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600;
  background: #eef1f4; color: #3d4751; border: 1px solid #d5dbe1; }
.badge:focus-visible { outline: 2px solid #1d6fd8; outline-offset: 2px; }
.badge[data-tone="give"] { background: #e3f5ea; color: #17663a; border-color: #a9dcbc; }
.badge[data-tone="take"] { background: #fff1e0; color: #7a4200; border-color: #f3c98f; }
.badge[data-tone="warn"] { background: #f3eefc; color: #553098; border-color: #d3c4f0; }
.badge[data-empty] { color: #57606a; }
.card { position: fixed; z-index: 2147483000; left: 0; top: 0; width: 340px; overflow: auto; font-size: 12.5px; line-height: 1.3;
  box-sizing: border-box; padding: 4px 10px; border-radius: 10px; background: #fff; color: #1f2328;
  border: 1px solid #d0d7de; box-shadow: 0 8px 24px rgba(0,0,0,.18); }
.card[hidden], [hidden] { display: none !important; }
.card:focus { outline: none; }
.card h2 { font-size: 13px; margin: 0 0 4px; }
.card p { margin: 0; }
.status { display: flex; gap: 8px; align-items: center; justify-content: space-between; margin: 0 0 4px;
  padding: 4px 8px; border-radius: 6px; background: #eef1f4; }
.rewrite { margin: 0 0 2px; font-weight: 600; }
.group { border-top: 1px solid #e5e8eb; padding-top: 3px; margin-top: 3px; }
.card .family { font-size: 11px; font-weight: 700; margin: 0; text-transform: uppercase; letter-spacing: .03em; color: #57606a; }
.finding { padding: 1px 0 2px; }
.quote { font-style: italic; overflow-wrap: anywhere; }
.message { overflow-wrap: anywhere; }
.suggestion { margin-top: 1px; display: inline; }
details { display: inline; margin-left: 4px; font-size: 12px; color: #57606a; }
details[open] { display: block; margin-left: 0; }
summary { cursor: pointer; }
summary:focus-visible { outline: 2px solid #1d6fd8; }
.actions { display: flex; flex-wrap: wrap; gap: 2px 6px; justify-content: flex-end; margin-top: 2px; }
.footer { border-top: 1px solid #e5e8eb; padding-top: 4px; margin-top: 4px; }
button { all: unset; cursor: pointer; padding: 0 6px; border-radius: 6px; border: 1px solid #d0d7de; font-size: 11.5px; line-height: 1.6; color: inherit; }
button:focus-visible { outline: 2px solid #1d6fd8; outline-offset: 1px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .badge { background: #2b3138; color: #c9d1d9; border-color: #444c56; }
  .badge[data-tone="give"] { background: #12361f; color: #7ee2a8; border-color: #2e6b45; }
  .badge[data-tone="take"] { background: #3d2705; color: #f5c07a; border-color: #7a5214; }
  .badge[data-tone="warn"] { background: #2a2140; color: #c9b4f5; border-color: #584391; }
  .badge[data-empty] { color: #9da7b3; }
  .card { background: #1c2128; color: #e6edf3; border-color: #444c56; }
  .status { background: #2b3138; }
  details, .card .family { color: #9da7b3; }
  .group, .footer { border-color: #30363d; }
  button { border-color: #444c56; }
  button:focus-visible, summary:focus-visible, .badge:focus-visible { outline-color: #58a6ff; }
}
`;
