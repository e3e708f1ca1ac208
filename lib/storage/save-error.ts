// When a post cannot be saved (storage full, database blocked), the popup says so plainly.
import { storage } from 'wxt/utils/storage';

export interface SaveError {
  message: string;
  time: number;
}

export const saveErrorItem = storage.defineItem<SaveError | null>('local:saveError', { fallback: null });

export function describeSaveError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (/Quota/i.test(name) || /quota/i.test(String(error))) return 'the browser has no storage space left for extensions';
  if (/Blocked|Version/i.test(name)) return 'another Give First tab is holding an older version of the database open';
  return error instanceof Error ? error.message : String(error);
}
