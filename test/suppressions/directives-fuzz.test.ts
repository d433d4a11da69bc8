import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDirectiveComment } from '../../src/judge/suppressions/directives.js';

const loc = { file: 'src/a.ts', line: 10, column: 3 };

describe('parseDirectiveComment on any input', () => {
  it('never throws, and any directive it returns is well formed', () => {
    const prefixes = fc.constantFrom('', '//', '/*', '#', '<!--', '// arch-lint-disable-next-line', '/* arch-lint-disable-line', '# arch-lint-disable', 'arch-lint-enable');
    fc.assert(
      fc.property(prefixes, fc.string({ maxLength: 80 }), (prefix, rest) => {
        const parsed = parseDirectiveComment(`${prefix}${rest}`, loc);
        if (parsed === null) return;
        expect(['disable-next-line', 'disable-line', 'disable', 'enable']).toContain(parsed.kind);
        expect(parsed.reason === null || parsed.reason.trim() === parsed.reason && parsed.reason !== '').toBe(true);
        expect(parsed.rules.every((rule) => rule !== '' && !/[\s,]/.test(rule))).toBe(true);
        expect(parsed.appliesToLine).toBeGreaterThanOrEqual(loc.line);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips rules, reason and date it was given', () => {
    const ruleId = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/).filter((rule) => rule !== 'until');
    const reason = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,'()-]{0,40}[A-Za-z0-9.]$/).filter((text) => !/(^|\s)--(\s|$)/.test(text) && !/\buntil\s/.test(text));
    fc.assert(
      fc.property(fc.uniqueArray(ruleId, { maxLength: 3 }), reason, fc.constantFrom('//', '#'), (rules, why, marker) => {
        const parsed = parseDirectiveComment(`${marker} arch-lint-disable-next-line ${rules.join(', ')} -- ${why} until 2027-01-31`, loc);
        expect(parsed).toMatchObject({ kind: 'disable-next-line', rules: [...rules].sort(), reason: why, until: '2027-01-31', appliesToLine: 11 });
      }),
      { numRuns: 300 },
    );
  });
});
