import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { escapeXml, formatJunit } from '../../src/report/junit.js';

function loadResult(): LintResult {
  const { $comment: _comment, ...result } = JSON.parse(readFileSync(new URL('../../fixtures/report/ci-formats/result.json', import.meta.url), 'utf8')) as LintResult & { $comment: string };
  return result;
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-fA-F]+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    const value = ENTITIES[entity];
    if (value === undefined) throw new Error(`unknown entity ${whole}`);
    return value;
  });
}

/** A small, strict XML reader: enough to prove well-formedness (nesting, quoting, entities) and read the tree. */
function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (rest.length > 0) {
    const open = rest.indexOf('<');
    const text = open === -1 ? rest : rest.slice(0, open);
    if (/[<>]/.test(text) || /&(?!(#\d+|#x[0-9a-fA-F]+|\w+);)/.test(text)) throw new Error(`bad character data: ${text}`);
    stack[stack.length - 1]!.text += decode(text);
    if (open === -1) break;
    rest = rest.slice(open);
    const close = /^<\/([\w:-]+)\s*>/.exec(rest);
    if (close) {
      const top = stack.pop();
      if (!top || top.name !== close[1]) throw new Error(`mismatched </${close[1]}>`);
      rest = rest.slice(close[0].length);
      continue;
    }
    const tag = /^<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/.exec(rest);
    if (!tag) throw new Error(`malformed tag near: ${rest.slice(0, 60)}`);
    const element: XmlElement = { name: tag[1]!, attributes: {}, children: [], text: '' };
    for (const attribute of tag[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      if (attribute[1]! in element.attributes) throw new Error(`duplicate attribute ${attribute[1]}`);
      element.attributes[attribute[1]!] = decode(attribute[2]!);
    }
    stack[stack.length - 1]!.children.push(element);
    if (tag[3] !== '/') stack.push(element);
    rest = rest.slice(tag[0].length);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('a document has exactly one root element');
  return root.children[0]!;
}

describe('the test XML reader', () => {
  it('rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>1 < 2</a>')).toThrow();
    expect(() => parseXml('<a>AT&T</a>')).toThrow();
  });
});

describe('formatJunit', () => {
  const xml = formatJunit(loadResult());
  const root = parseXml(xml);

  it('is well-formed XML with a declaration', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
  });

  it('has one testsuite per file and totals that add up', () => {
    expect(root.attributes).toMatchObject({ name: 'arch-lint', tests: '6', failures: '3', errors: '0', skipped: '3' });
    expect(root.children.map((suite) => suite.attributes.name)).toEqual([
      'scripts/seed,data.ts',
      'services/enrolment/src/legacy/oodi.ts',
      'services/enrolment/src/sisuClient.ts',
      'services/library-sync/src/finna.py',
    ]);
    for (const suite of root.children) {
      expect(suite.name).toBe('testsuite');
      expect(Number(suite.attributes.tests)).toBe(suite.children.length);
    }
  });

  it('makes a failing testcase per counted finding, with the evidence in its body', () => {
    const sisu = root.children[2]!.children[0]!;
    expect(sisu.attributes).toMatchObject({ name: 'no-direct-integration at 12:23', classname: 'services/enrolment/src/sisuClient.ts', line: '12' });
    const failure = sisu.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes.type).toBe('error');
    expect(failure.text).toContain('evidence: env:SISU_URL → binding SISU_URL');
  });

  it('marks suppressed and baselined findings skipped, with the justification', () => {
    const oodi = root.children[1]!.children[0]!;
    expect(oodi.children[0]!.name).toBe('skipped');
    expect(oodi.children[0]!.attributes.message).toBe('baseline: ENROL-88: removed when Oodi is switched off');
  });

  it('escapes markup from scanned code, and keeps its text intact', () => {
    expect(xml).not.toContain('<script>');
    const seed = root.children[0]!.children[0]!.children[0]!;
    expect(seed.attributes.message).toBe('Seeding 100% of | rows <script>alert(1)</script>\nURL could not be resolved: a, b');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u001bc"d')).toBe('abc&quot;d');
    const result = loadResult();
    result.findings = [{ ...result.findings[0]!, message: 'bell\u0007 and NUL\u0000' }];
    expect(() => parseXml(formatJunit(result))).not.toThrow();
  });

  it('reports a clean scan as one passing test case', () => {
    const clean = parseXml(formatJunit({ ...loadResult(), findings: [] }));
    expect(clean.attributes).toMatchObject({ tests: '1', failures: '0' });
    expect(clean.children[0]!.children[0]!.attributes.name).toBe('no architecture findings');
  });
});
