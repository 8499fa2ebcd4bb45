import * as ts from 'typescript';

/**
 * The action ids a commands module registers with Office.actions.associate: string literals, a
 * constant holding one, or the variable of a `for (const x of LIST)` loop over a constant array
 * literal (`as const` allowed). Anything else is returned as unresolved, so a test can say so.
 */
export function associatedActionIds(source: string): { names: string[]; unresolved: string[] } {
  const file = ts.createSourceFile('commands.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const strip = (node: ts.Expression): ts.Expression => {
    let current = node;
    while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current))
      current = current.expression;
    return current;
  };
  const literal = (node: ts.Expression): string | undefined => {
    const inner = strip(node);
    return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
  };

  // Top-level and nested `const NAME = …` declarations with a string or an array of strings.
  const constants = new Map<string, string[]>();
  const collect = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    ) {
      const init = strip(node.initializer);
      const single = literal(init);
      if (single !== undefined) constants.set(node.name.text, [single]);
      else if (ts.isArrayLiteralExpression(init)) {
        const items = init.elements.map((e) => literal(e));
        if (items.every((i): i is string => i !== undefined)) constants.set(node.name.text, items);
      }
    }
    ts.forEachChild(node, collect);
  };
  collect(file);

  const loopValues = (identifier: ts.Identifier): string[] | undefined => {
    for (let node: ts.Node | undefined = identifier.parent; node; node = node.parent) {
      if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer)) {
        const declared = node.initializer.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === identifier.text);
        if (!declared) continue;
        const list = strip(node.expression);
        if (ts.isIdentifier(list)) return constants.get(list.text);
        if (ts.isArrayLiteralExpression(list)) {
          const items = list.elements.map((e) => literal(e));
          return items.every((i): i is string => i !== undefined) ? items : undefined;
        }
        return undefined;
      }
    }
    return undefined;
  };

  const names: string[] = [];
  const unresolved: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(file).replace(/\s+/g, '') === 'Office.actions.associate' &&
      node.arguments.length > 0
    ) {
      const arg = node.arguments[0];
      const value = literal(arg);
      const resolved =
        value !== undefined
          ? [value]
          : ts.isIdentifier(strip(arg))
            ? (loopValues(strip(arg) as ts.Identifier) ?? constants.get((strip(arg) as ts.Identifier).text))
            : undefined;
      if (resolved) names.push(...resolved);
      else unresolved.push(arg.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { names, unresolved };
}
