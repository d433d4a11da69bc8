/**
 * SHA-256 (hex) of a file's text, encoded as UTF-8: how the caches tell a file unchanged, and what a fix records as
 * the content its range was computed on (`Finding.fix.contentHash`, compared by `applyFixes`).
 */
import { createHash } from 'node:crypto';

export function contentHash(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
