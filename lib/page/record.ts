// Sending a recorded post to the background.
import { sendMessage, type RecordPostRequest } from '../model/messaging';

/**
 * The service worker may be asleep, starting, or stopped mid-write. The id makes recording idempotent, so
 * retrying cannot double a post; giving up only happens when this copy of the script is no longer valid.
 */
export async function recordWithRetry(request: RecordPostRequest, isValid: () => boolean, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await sendMessage('recordPost', request);
      return;
    } catch (error) {
      if (attempt >= attempts || !isValid()) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
