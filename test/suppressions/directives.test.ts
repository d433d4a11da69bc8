import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { Directive, FileFacts, Finding } from '../../src/model.js';
import { applyDirectives, directiveSuppressionPass, parseDirectiveComment } from '../../src/judge/suppressions/directives.js';

const at = (line: number, column = 1) => ({ file: 'src/importer.ts', line, column });
const now = new Date('2026-11-24T10:00:00Z');

function finding(line: number, ruleId = 'no-direct-integration'): Finding {
  return { ruleId, severity: 'error', message: `finding on line ${line}`, file: 'src/importer.ts', line, column: 5, fingerprint: `fp-${ruleId}-${line}` };
}

function directive(text: string, line: number, nextCodeLine?: number): Directive {
  const parsed = parseDirectiveComment(text, at(line), nextCodeLine);
  if (!parsed) throw new Error(`not a directive: ${text}`);
  return parsed;
}

describe('parseDirectiveComment', () => {
  it('reads a // disable-next-line with rule and reason', () => {
    expect(parseDirectiveComment('// arch-lint-disable-next-line no-direct-integration -- legacy import job, ends with the SIS cut-over', at(11))).toEqual({
      kind: 'disable-next-line',
      rules: ['no-direct-integration'],
      reason: 'legacy import job, ends with the SIS cut-over',
      until: null,
      loc: at(11),
      appliesToLine: 12,
    });
  });

  it('applies disable-next-line to the next code line when the extractor knows it', () => {
    expect(directive('// arch-lint-disable-next-line -- reason', 11, 14).appliesToLine).toBe(14);
  });

  it('reads a /* */ disable-line with no rules (all rules) and an until date at the end of the reason', () => {
    const parsed = directive('/* arch-lint-disable-line -- Finna has no gateway product until 2027-03-31 */', 7);
    expect(parsed).toMatchObject({ kind: 'disable-line', rules: [], reason: 'Finna has no gateway product', until: '2027-03-31', appliesToLine: 7 });
  });

  it('reads # comments, several rules separated by commas or spaces, and until before the reason', () => {
    const parsed = directive('# arch-lint-disable unknown-target, no-direct-integration until 2027-01-01 -- temporary test fixture', 3);
    expect(parsed).toMatchObject({ kind: 'disable', rules: ['no-direct-integration', 'unknown-target'], until: '2027-01-01', reason: 'temporary test fixture' });
  });

  it('gives a null reason when there is none, or only an empty one', () => {
    expect(directive('// arch-lint-disable-next-line no-direct-integration', 1).reason).toBeNull();
    expect(directive('// arch-lint-disable-next-line no-direct-integration --', 1).reason).toBeNull();
  });

  it('keeps a "--" inside the reason', () => {
    expect(directive('// arch-lint-disable-line -- step one -- then step two', 1).reason).toBe('step one -- then step two');
  });

  it('reads a multi-line block comment and applies disable-line to the line where it ends', () => {
    const parsed = directive('/*\n * arch-lint-disable-line no-direct-integration\n * -- batch export, agreed with integration team\n */', 20);
    expect(parsed).toMatchObject({ rules: ['no-direct-integration'], reason: 'batch export, agreed with integration team', appliesToLine: 23 });
  });

  it('reads HTML comments (Vue and Svelte templates) and already-stripped text', () => {
    expect(directive('<!-- arch-lint-disable-next-line -- kiosk page -->', 2).reason).toBe('kiosk page');
    expect(directive('arch-lint-enable', 9)).toMatchObject({ kind: 'enable', rules: [], reason: null });
  });

  it('ignores comments that are not directives', () => {
    expect(parseDirectiveComment('// TODO: arch-lint-disable-line here?', at(1))).toBeNull();
    expect(parseDirectiveComment('// arch-lint-disabled-next-line', at(1))).toBeNull();
    expect(parseDirectiveComment('# eslint-disable-next-line no-console', at(1))).toBeNull();
  });
});

describe('applyDirectives', () => {
  it('suppresses the finding on the line a directive covers, for its rules only', () => {
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line no-direct-integration -- legacy job', 11)]]]);
    const outcome = applyDirectives([finding(12), finding(12, 'unknown-target'), finding(13)], directives, 'allow', now);
    expect(outcome.findings.map((f) => f.suppressed ?? null)).toEqual([{ kind: 'directive', justification: 'legacy job' }, null, null]);
    expect(outcome.directiveFindings).toEqual([]);
  });

  it('covers a block from disable to the matching enable', () => {
    const directives = new Map([
      ['src/importer.ts', [directive('// arch-lint-disable no-direct-integration -- generated client', 10), directive('// arch-lint-enable no-direct-integration', 20)]],
    ]);
    const outcome = applyDirectives([finding(9), finding(10), finding(15), finding(20), finding(21)], directives, 'allow', now);
    expect(outcome.findings.map((f) => f.suppressed !== undefined)).toEqual([false, true, true, true, false]);
  });

  it('a block without enable runs to the end of the file', () => {
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable -- vendored SDK', 1)]]]);
    expect(applyDirectives([finding(900)], directives, 'allow', now).findings[0]!.suppressed?.kind).toBe('directive');
  });

  it('still suppresses without a reason, but reports suppression-without-reason', () => {
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line no-direct-integration', 11)]]]);
    const outcome = applyDirectives([finding(12)], directives, 'allow', now);
    expect(outcome.findings[0]!.suppressed).toEqual({ kind: 'directive', justification: '(no reason given)' });
    expect(outcome.directiveFindings).toHaveLength(1);
    expect(outcome.directiveFindings[0]).toMatchObject({ ruleId: 'suppression-without-reason', severity: 'error', file: 'src/importer.ts', line: 11, column: 1 });
    expect(outcome.directiveFindings[0]!.message).toContain('has no reason');
  });

  it('under require-ticket, a reason without a ticket is reported; one with a ticket is not', () => {
    const directives = new Map([
      ['src/importer.ts', [directive('// arch-lint-disable-next-line -- legacy job', 11), directive('// arch-lint-disable-next-line -- ARCH-123 legacy job', 19)]],
    ]);
    const outcome = applyDirectives([finding(12), finding(20)], directives, 'require-ticket', now);
    expect(outcome.findings.every((f) => f.suppressed?.kind === 'directive')).toBe(true);
    expect(outcome.directiveFindings.map((f) => [f.ruleId, f.line])).toEqual([['suppression-without-reason', 11]]);
    expect(outcome.directiveFindings[0]!.message).toContain('no ticket');
  });

  it('under forbid, suppresses nothing and reports every directive', () => {
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line -- ARCH-123 legacy job', 11)]]]);
    const outcome = applyDirectives([finding(12)], directives, 'forbid', now);
    expect(outcome.findings[0]!.suppressed).toBeUndefined();
    expect(outcome.directiveFindings[0]).toMatchObject({ ruleId: 'suppression-without-reason', line: 11 });
    expect(outcome.directiveFindings[0]!.message).toContain('inlineSuppressions: forbid');
  });

  it('an expired directive suppresses nothing and is reported; on its last day it still holds', () => {
    const directives = new Map([
      [
        'src/importer.ts',
        [directive('// arch-lint-disable-next-line -- migration until 2026-11-23', 11), directive('// arch-lint-disable-next-line -- migration until 2026-11-24', 19)],
      ],
    ]);
    const outcome = applyDirectives([finding(12), finding(20)], directives, 'allow', now);
    expect(outcome.findings.map((f) => f.suppressed?.kind ?? null)).toEqual([null, 'directive']);
    expect(outcome.directiveFindings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['suppression-expired', 'warning', 11]]);
    expect(outcome.directiveFindings[0]!.message).toContain('expired on 2026-11-23');
  });

  it('an unreadable until date never silently holds forever', () => {
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line -- migration until next-summer', 11)]]]);
    const outcome = applyDirectives([finding(12)], directives, 'allow', now);
    expect(outcome.findings[0]!.suppressed).toBeUndefined();
    expect(outcome.directiveFindings[0]!.message).toContain("unreadable date 'until next-summer'");
  });

  it('reports unused directives only when asked', () => {
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line no-direct-integration -- was needed once', 40)]]]);
    expect(applyDirectives([finding(12)], directives, 'allow', now).directiveFindings).toEqual([]);
    const outcome = applyDirectives([finding(12)], directives, 'allow', now, { reportUnused: true });
    expect(outcome.directiveFindings.map((f) => [f.ruleId, f.line])).toEqual([['unused-suppression', 40]]);
  });

  it('lets the caller turn a directive rule off or change its severity', () => {
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line', 11)]]]);
    const off = applyDirectives([finding(12)], directives, 'allow', now, { severities: { 'suppression-without-reason': 'off' } });
    expect(off.directiveFindings).toEqual([]);
    const warn = applyDirectives([finding(12)], directives, 'allow', now, { severities: { 'suppression-without-reason': 'warning' } });
    expect(warn.directiveFindings[0]!.severity).toBe('warning');
  });

  it('gives directive findings fingerprints that do not depend on the line', () => {
    const moved = (line: number) => applyDirectives([], new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line', line)]]]), 'allow', now).directiveFindings[0]!.fingerprint;
    expect(moved(11)).toBe(moved(30));
  });

  it('leaves findings that are already suppressed (waiver, baseline) alone', () => {
    const waived: Finding = { ...finding(12), suppressed: { kind: 'waiver', justification: 'manifest' } };
    const directives = new Map([['src/importer.ts', [directive('// arch-lint-disable-next-line -- x', 11)]]]);
    expect(applyDirectives([waived], directives, 'allow', now).findings[0]!.suppressed?.kind).toBe('waiver');
  });
});

describe('directiveSuppressionPass', () => {
  it('reads directives from file facts and uses the config policy', () => {
    const facts = { file: 'src/importer.ts', directives: [directive('// arch-lint-disable-next-line -- legacy job', 11)] } as unknown as FileFacts;
    const config = { inlineSuppressions: 'forbid' } as unknown as ResolvedConfig;
    const kept = directiveSuppressionPass()([finding(12)], { calls: [], facts: [facts], services: [], config, now });
    expect(kept.map((f) => [f.ruleId, f.suppressed?.kind ?? null])).toEqual([
      ['no-direct-integration', null],
      ['suppression-without-reason', null],
    ]);
  });
});

describe('directiveSuppressionPass severities', () => {
  it('follow the config rule settings', () => {
    const facts = { file: 'src/importer.ts', directives: [directive('// arch-lint-disable-next-line', 11)] } as unknown as FileFacts;
    const config = { inlineSuppressions: 'allow', rules: { 'suppression-without-reason': { setting: 'warn', options: {} } } } as unknown as ResolvedConfig;
    const kept = directiveSuppressionPass()([finding(12)], { calls: [], facts: [facts], services: [], config, now });
    expect(kept[1]).toMatchObject({ ruleId: 'suppression-without-reason', severity: 'warning' });
    const off = { ...config, rules: { 'suppression-without-reason': { setting: 'off', options: {} } } } as unknown as ResolvedConfig;
    expect(directiveSuppressionPass()([finding(12)], { calls: [], facts: [facts], services: [], config: off, now })).toHaveLength(1);
  });
});
