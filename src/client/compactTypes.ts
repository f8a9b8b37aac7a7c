import ts from 'typescript';

/** `query?: never`, `put?: never`: a slot openapi-fetch needs typed, which says only "not here". */
const isNeverSlot = (member: ts.TypeElement) =>
  ts.isPropertySignature(member) && member.type?.kind === ts.SyntaxKind.NeverKeyword;

/** `[name: string]: unknown`: the headers of a response that declares none. */
const isAnyHeaders = (member: ts.TypeElement) =>
  ts.isIndexSignatureDeclaration(member) && member.type.kind === ts.SyntaxKind.UnknownKeyword;

/**
 * openapi-typescript prints every type literal over several lines, so the slots that say
 * nothing (an operation without parameters: `{ query?: never; header?: never; path?: never;
 * cookie?: never }`, a response without headers) took a third of the generated client. Such
 * literals are printed on one line (in place), which Prettier keeps when it fits; the
 * types are unchanged.
 */
export function compactEmptySlots(nodes: readonly ts.Node[]): void {
  const visit = (node: ts.Node) => {
    if (ts.isTypeLiteralNode(node) && node.members.length > 0) {
      if (node.members.every(isNeverSlot) || node.members.every(isAnyHeaders)) {
        ts.setEmitFlags(node, ts.EmitFlags.SingleLine);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const node of nodes) visit(node);
}
