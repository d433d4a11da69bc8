// Two speed measures of the TS/JS extractor that are easy to undo by accident: the compiler view it calls per node must
// keep V8's fast properties, and its own parent pointers must equal the parser's wherever the walker goes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ts } from 'ts-morph';
import { syntax, typescript } from '../../../src/extract/typescript/compiler.js';
import { setParents } from '../../../src/extract/typescript/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the compiler view the walker calls per node', () => {
  it('has fast properties (the compiler namespace itself is in dictionary mode)', () => {
    const script = `
      const { syntax, typescript } = await import(${JSON.stringify(path.join(repoRoot, 'dist/extract/typescript/compiler.js'))});
      console.log(JSON.stringify({ view: %HasFastProperties(syntax), namespace: %HasFastProperties(typescript) }));`;
    const output = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ view: true, namespace: false });
  });

  it('holds the very functions of the compiler', () => {
    for (const [name, member] of Object.entries(syntax)) expect(member, name).toBe(typescript[name as keyof typeof typescript]);
  });
});

describe('setParents', () => {
  const types = (kind: ts.SyntaxKind): boolean =>
    (kind >= typescript.SyntaxKind.FirstTypeNode && kind <= typescript.SyntaxKind.LastTypeNode) || kind === typescript.SyntaxKind.InterfaceDeclaration || kind === typescript.SyntaxKind.TypeAliasDeclaration;

  /** Every node outside types, with its parent as the parser sets it. */
  function parentsOutsideTypes(root: ts.Node): [ts.SyntaxKind, number, number, ts.SyntaxKind | undefined][] {
    const seen: [ts.SyntaxKind, number, number, ts.SyntaxKind | undefined][] = [];
    const visit = (node: ts.Node): void => {
      seen.push([node.kind, node.pos, node.end, node.parent?.kind]);
      if (!types(node.kind)) typescript.forEachChild(node, visit);
    };
    typescript.forEachChild(root, visit);
    return seen;
  }

  it.each(['fixtures/extract/typescript/rtk-query', 'fixtures/e2e/front-end-requests'])('sets the parser’s parent pointers outside types in %s', (dir) => {
    const files = execFileSync('git', ['ls-files', dir], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter((file) => /\.[cm]?[jt]sx?$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      const expected = parentsOutsideTypes(typescript.createSourceFile(file, text, typescript.ScriptTarget.Latest, true));
      const own = typescript.createSourceFile(file, text, typescript.ScriptTarget.Latest, false);
      expect(parentsOutsideTypes(own).some(([, , , parent]) => parent !== undefined)).toBe(false);
      setParents(own);
      expect(parentsOutsideTypes(own), file).toEqual(expected);
    }
  });
});
