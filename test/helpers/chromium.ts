/**
 * Headless Chromium for the tests that check what a person sees (the HTML report, mermaid diagrams rendered by
 * mermaid itself). Debian's `chromium` package, driven by playwright-core; `.ci/run` installs it. Where it is
 * absent, `chromiumPath` is null and those tests are skipped with `chromiumMissing` as the reason.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.ARCH_LINT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((candidate): candidate is string => typeof candidate === 'string' && candidate !== '');

export const chromiumPath: string | null = candidates.find((candidate) => existsSync(candidate)) ?? null;

export const chromiumMissing = 'Chromium is not installed (apt-get install -y chromium, or set ARCH_LINT_CHROMIUM): browser tests skipped';

if (chromiumPath === null) console.warn(`arch-lint tests: ${chromiumMissing}`);

export async function launchChromium(): Promise<Browser> {
  if (chromiumPath === null) throw new Error(chromiumMissing);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
