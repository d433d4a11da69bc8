/**
 * Calls on test doubles are not requests: `when(restTemplate.getForObject(url, T.class))` (Mockito) stubs a method,
 * `verify(client).get(url)` checks one was called, `every { api.get(url) } returns …` (MockK),
 * `client.GetAsync(url).Returns(…)` / `client.Received().GetAsync(url)` (NSubstitute). An extractor reports such a line like any other call on a typed client; the run loop then drops the calls
 * written inside a stubbing or verification construct of a mocking library the file imports.
 *
 * The engine is shared; each language gives its call shape, each library its marker names (data below).
 */
import type { FileFacts } from '../../model.js';
import type { SyntaxNode } from './loader.js';

/** What a call node is made of: the method's name, its receiver (null for a bare call) and the node holding its arguments. */
export interface CallParts {
  name: string;
  receiver: SyntaxNode | null;
  args: SyntaxNode | null;
}

/** How one language writes a call. */
export interface CallShape {
  /** The node type of a call. */
  type: string;
  parts(node: SyntaxNode): CallParts | null;
}

/** The constructs of one mocking library. */
export interface MockingLibrary {
  name: string;
  /** The file uses the library (an import or `using`). */
  imported: RegExp;
  /** Calls written in the arguments (or trailing lambda) of these are stubbed or verified: `when(…)`, `every { … }`, `Setup(x => …)`. */
  around?: readonly string[];
  /** Calls made on the result of these are verifications or stubs: `verify(mock).get(…)`, `doReturn(x).when(mock).get(…)`, `client.Received().GetAsync(…)`. */
  receiver?: readonly string[];
  /** Calls whose result is the receiver of these are stubs: NSubstitute's `client.GetAsync(url).Returns(…)`. */
  result?: readonly string[];
}

function field(node: SyntaxNode, name: string): SyntaxNode | null {
  return node.childForFieldName(name);
}

/** Identifier of a C# name node, without type arguments (`Returns<T>` → `Returns`). */
function plainName(node: SyntaxNode | null): string {
  if (!node) return '';
  return node.type === 'generic_name' ? (node.namedChildren[0]?.text ?? '') : node.text;
}

export const CALL_SHAPES = {
  java: {
    type: 'method_invocation',
    parts: (node) => ({ name: field(node, 'name')?.text ?? '', receiver: field(node, 'object'), args: field(node, 'arguments') }),
  },
  kotlin: {
    type: 'call_expression',
    parts: (node): CallParts | null => {
      const [callee, suffix] = node.namedChildren;
      if (!callee || suffix?.type !== 'call_suffix') return null;
      // `verify(exactly = 1) { … }`: a trailing lambda after arguments parses as a call of the call.
      if (callee.type === 'call_expression') {
        const inner = CALL_SHAPES.kotlin.parts(callee);
        return inner ? { ...inner, args: suffix } : null;
      }
      if (callee.type === 'simple_identifier') return { name: callee.text, receiver: null, args: suffix };
      if (callee.type !== 'navigation_expression') return null;
      return { name: callee.namedChildren[1]?.namedChildren[0]?.text ?? '', receiver: callee.namedChildren[0] ?? null, args: suffix };
    },
  },
  csharp: {
    type: 'invocation_expression',
    parts: (node) => {
      const fn = field(node, 'function');
      if (!fn) return null;
      if (fn.type === 'member_access_expression') return { name: plainName(field(fn, 'name')), receiver: field(fn, 'expression'), args: field(node, 'arguments') };
      return { name: plainName(fn), receiver: null, args: field(node, 'arguments') };
    },
  },
} satisfies Record<string, CallShape>;

/** Languages whose mocking libraries are known. */
export type TestDoubleLanguage = keyof typeof CALL_SHAPES;

/** Mocking libraries by the language whose files use them. */
export const MOCKING_LIBRARIES: Record<TestDoubleLanguage, readonly MockingLibrary[]> = {
  java: [
    // `then(mock).should().get(…)` is BDDMockito's verify.
    { name: 'Mockito', imported: /\borg\.mockito\b/, around: ['when', 'given', 'verify'], receiver: ['verify', 'when', 'should', 'then'] },
  ],
  kotlin: [
    { name: 'Mockito', imported: /\borg\.mockito\b/, around: ['when', 'whenever', 'given', 'verify'], receiver: ['verify', 'when', 'whenever', 'should', 'then'] },
    {
      name: 'MockK',
      imported: /\bio\.mockk\b/,
      around: ['every', 'coEvery', 'verify', 'coVerify', 'verifyAll', 'coVerifyAll', 'verifyOrder', 'coVerifyOrder', 'verifySequence', 'coVerifySequence', 'excludeRecords'],
    },
  ],
  csharp: [
    { name: 'Moq', imported: /\busing\s+Moq\b/, around: ['Setup', 'SetupGet', 'SetupSet', 'SetupSequence', 'SetupProperty', 'Verify', 'VerifyGet', 'VerifySet'] },
    {
      name: 'NSubstitute',
      imported: /\busing\s+NSubstitute\b/,
      around: ['When'],
      receiver: ['Received', 'DidNotReceive', 'ReceivedWithAnyArgs', 'DidNotReceiveWithAnyArgs'],
      result: ['Returns', 'ReturnsForAnyArgs', 'ReturnsNull', 'ReturnsNullForAnyArgs', 'Throws', 'ThrowsAsync', 'ThrowsForAnyArgs', 'AndDoes'],
    },
    { name: 'FakeItEasy', imported: /\busing\s+FakeItEasy\b/, around: ['CallTo', 'CallToSet'] },
  ],
};

function inside(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

interface Markers {
  around: ReadonlySet<string>;
  receiver: ReadonlySet<string>;
  result: ReadonlySet<string>;
}

/** The markers of the libraries `content` uses; null when it uses none. */
function markersOf(libraries: readonly MockingLibrary[], content: string): Markers | null {
  const used = libraries.filter((library) => library.imported.test(content));
  if (used.length === 0) return null;
  return {
    around: new Set(used.flatMap((library) => library.around ?? [])),
    receiver: new Set(used.flatMap((library) => library.receiver ?? [])),
    result: new Set(used.flatMap((library) => library.result ?? [])),
  };
}

/** Whether the node at a call's location is written in a stubbing or verification construct. */
function onTestDouble(node: SyntaxNode, shape: CallShape, markers: Markers): boolean {
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (current.type !== shape.type) continue;
    const parts = shape.parts(current);
    if (!parts) continue;
    if (markers.around.has(parts.name) && parts.args && inside(parts.args, node)) return true;
    if (markers.result.has(parts.name) && parts.receiver && inside(parts.receiver, node)) return true;
    // The receiver chain of the call itself (a call starting where the node does: a fact's location is the start of
    // its call or of an argument) or of one holding the node in its arguments: `verify(mock).get(url)`.
    if (current.startIndex === node.startIndex || (parts.args && inside(parts.args, node))) {
      for (let receiver = parts.receiver; receiver?.type === shape.type; ) {
        const step = shape.parts(receiver);
        if (!step) break;
        if (markers.receiver.has(step.name)) return true;
        receiver = step.receiver;
      }
    }
  }
  return false;
}

/** Drop the calls of `facts` written on test doubles of a mocking library the file uses (see the header). */
export function dropTestDoubleCalls(root: SyntaxNode, content: string, facts: FileFacts, language: TestDoubleLanguage): void {
  if (facts.calls.length === 0) return;
  const markers = markersOf(MOCKING_LIBRARIES[language], content);
  if (!markers) return;
  const shape: CallShape = CALL_SHAPES[language];
  facts.calls = facts.calls.filter((call) => {
    if (call.kind !== 'call') return true;
    const node = root.descendantForPosition({ row: call.loc.line - 1, column: call.loc.column - 1 });
    return !onTestDouble(node, shape, markers);
  });
}
