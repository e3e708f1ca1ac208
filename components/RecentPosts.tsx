import { useState } from 'react';
import type { Family, Kind } from '../lib/checker';
import { t, type MessageKey } from '../lib/model/i18n';
import { platformFacts } from '../lib/model/platforms';
import { useSettings } from '../lib/storage/settings-store';
import { correctPost } from '../lib/storage/corrections';
import { openDb, type CorrectionVerdict, type PostRecord } from '../lib/storage/db';

const KIND_LABEL: Record<Kind, MessageKey> = { give: 'kindGave', take: 'kindTook', neutral: 'kindNeutral' };
const FAMILY_LABEL: Record<Family, MessageKey> = {
  'self-promotion': 'familySelfPromotion',
  repetition: 'familyRepetition',
  'missing-value': 'familyMissingValue',
};
const FIRST = 5;
const MORE = 10;

function relativeTime(time: number, now: number): string {
  const lang = t('catalogLanguage');
  const rtf = new Intl.RelativeTimeFormat(lang === 'catalogLanguage' ? 'en' : lang, { numeric: 'auto' });
  const minutes = Math.round((time - now) / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}

/** The newest posts of the period with what the checker said, and a way to say it was wrong. */
export function RecentPosts({ posts, now }: { posts: readonly PostRecord[]; now: number }) {
  const [shown, setShown] = useState(FIRST);
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="gf-recent-title">
      <h2 id="gf-recent-title">{t('recentTitle')}</h2>
      <ul className="recent" data-testid="gf-recent">
        {posts.slice(0, shown).map((p) => (
          <RecentPost key={p.id} post={p} now={now} />
        ))}
      </ul>
      {posts.length > shown && (
        <button type="button" className="link" data-testid="gf-recent-more" onClick={() => setShown((n) => n + MORE)}>
          {t('recentMore')}
        </button>
      )}
    </section>
  );
}

function RecentPost({ post, now }: { post: PostRecord; now: number }) {
  const settings = useSettings((s) => s.settings);
  const [saved, setSaved] = useState<string | null>(null);
  const correct = async (verdict: CorrectionVerdict) => {
    const keys = await correctPost(openDb(), post.id, verdict, settings);
    setSaved(keys.length > 0 ? t('correctedLearned') : t('correctedSaved'));
  };
  const options: [CorrectionVerdict, MessageKey][] = [];
  if (post.kind !== 'give') options.push(['gave', 'correctGave']);
  if (post.kind !== 'take') options.push(['promotional', 'correctPromotional']);
  if (post.families.includes('repetition')) options.push(['not-repeat', 'correctNotRepeat']);
  const flagged = post.phrases.slice(0, 4);
  const other = post.families.filter((f) => f !== 'self-promotion' || flagged.length === 0);
  return (
    <li data-testid="gf-recent-post" data-id={post.id} data-kind={post.kind} data-corrected={post.correction?.verdict ?? ''}>
      <div className="recent-head">
        <span className={`chip ${post.kind}`}>{t(KIND_LABEL[post.kind])}</span>
        <span>{platformFacts(post.platform).name}</span>
        <time className="muted" dateTime={new Date(post.time).toISOString()}>
          {relativeTime(post.time, now)}
        </time>
      </div>
      {(flagged.length > 0 || other.length > 0) && (
        <p className="muted small" data-testid="gf-recent-flagged">
          {t('recentFlagged')}{' '}
          {[...flagged.map((w) => `“${w}”`), ...other.map((f) => t(FAMILY_LABEL[f]))].join(', ')}
        </p>
      )}
      {post.correction && (
        <p className="muted small" data-testid="gf-recent-corrected">
          {t('recentCorrected', t(KIND_LABEL[post.correction.checkedKind]))}
        </p>
      )}
      {options.length > 0 && (
        <details className="correct">
          <summary>{t('correctOpen')}</summary>
          <div className="row wrap">
            {options.map(([verdict, label]) => (
              <button key={verdict} type="button" data-testid={`gf-correct-${verdict}`} onClick={() => void correct(verdict)}>
                {t(label)}
              </button>
            ))}
          </div>
        </details>
      )}
      {saved && (
        <p role="status" className="ok small">
          {saved}
        </p>
      )}
    </li>
  );
}
