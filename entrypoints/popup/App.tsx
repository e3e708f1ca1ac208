import { useLiveQuery } from 'dexie-react-hooks';
import { BalanceCounts } from '../../components/BalanceCounts';
import { balanceOf, DAY_MS } from '../../lib/balance';
import { verdict } from '../../lib/goals';
import { useSettings } from '../../lib/settings-store';
import { openDb } from '../../lib/storage/db';
import { postsSince } from '../../lib/storage/posts';

const PERIOD_DAYS = 7;

export function App() {
  const goal = useSettings((s) => s.settings.goal);
  const posts = useLiveQuery(() => postsSince(openDb(), Date.now() - PERIOD_DAYS * DAY_MS), []);
  if (!posts) return null; // rendering zeros before the query answers would show a false balance
  const balance = balanceOf(posts);
  const v = verdict(balance, goal);
  return (
    <main style={{ width: 320, padding: 14 }}>
      <h1>Give First</h1>
      <p className="muted">Your last {PERIOD_DAYS} days</p>
      <BalanceCounts balance={balance} />
      {posts.length === 0 ? (
        <p className="muted">
          Nothing recorded yet. Write a post on X and Give First will show, beside the box, whether it gives or takes.
        </p>
      ) : (
        <p className={`verdict ${v.onTrack ? 'ok' : 'over'}`} data-testid="gf-verdict">
          {v.text}
        </p>
      )}
      <p>
        <a href="/options.html" target="_blank" rel="noreferrer">
          Goals and settings
        </a>
      </p>
    </main>
  );
}
