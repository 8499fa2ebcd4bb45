import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * Which Office.js requirement sets the add-in's source uses: every property, method and option it
 * names is resolved with the TypeScript checker to its declaration in @types/office-js, whose doc
 * comment says "[Api set: ExcelApi 1.13]". Used to keep manifest.xml's <Requirements> honest.
 */

export interface ApiUse {
  /** e.g. Excel.Range.getMergedAreasOrNullObject */
  member: string;
  /** e.g. ExcelApi */
  set: string;
  /** e.g. 1.13 */
  version: string;
  /** repository-relative file:line */
  where: string;
  file: string;
}

/** 1.13 > 1.9: requirement set versions compared numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (/\.tsx?$/.test(path) && !/\.(test|spec)\.tsx?$/.test(path) && !path.endsWith('.d.ts')) {
      out.push(path);
    }
  };
  dirs.forEach((dir) => visit(join(root, dir)));
  return out.sort();
}

function apiSetsOf(declaration: ts.Declaration): { set: string; version: string }[] {
  // The set is in the @remarks block of the member's own comment; @param lines may name other sets.
  const found: { set: string; version: string }[] = [];
  for (const tag of ts.getJSDocTags(declaration)) {
    if (tag.tagName.text !== 'remarks') continue;
    const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
    for (const match of text.matchAll(/\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)*)/g)) found.push({ set: match[1], version: match[2] });
  }
  return found;
}

function qualifiedName(checker: ts.TypeChecker, symbol: ts.Symbol, declaration: ts.Declaration): string {
  // Enclosing namespaces, then the interface, class or enum that declares the member, then the member.
  const names: string[] = [];
  for (let current = declaration.parent; current; current = current.parent) {
    if (
      ts.isModuleDeclaration(current) ||
      ts.isInterfaceDeclaration(current) ||
      ts.isClassDeclaration(current) ||
      ts.isEnumDeclaration(current)
    ) {
      if (current.name) names.unshift(current.name.getText());
    }
  }
  return [...names, checker.symbolToString(symbol)].join('.');
}

/** Every use of an Office.js member with an "[Api set: …]" tag in the given files. */
export function officeApiUses(root: string, files: string[]): ApiUse[] {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram({ rootNames: files, options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const officeTypes = `${sep}@types${sep}office-js${sep}`;

  const record = (symbol: ts.Symbol | undefined, node: ts.Node, file: ts.SourceFile): void => {
    if (!symbol) return;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of target.declarations ?? []) {
      if (!declaration.getSourceFile().fileName.split('/').join(sep).includes(officeTypes)) continue;
      for (const { set, version } of apiSetsOf(declaration)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        uses.push({
          member: qualifiedName(checker, target, declaration),
          set,
          version,
          where: `${relative(root, file.fileName)}:${line + 1}`,
          file: file.fileName,
        });
      }
    }
  };

  for (const fileName of files) {
    const file = program.getSourceFile(fileName);
    if (!file) throw new Error(`not in the program: ${fileName}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        record(checker.getSymbolAtLocation(node.name), node.name, file);
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        record(checker.getSymbolAtLocation(node.argumentExpression), node.argumentExpression, file);
      } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
        // Options objects such as Excel.run({ mergeUndoGroup: true }, …) or range.set({ … }).
        const contextual = checker.getContextualType(node.parent);
        const name = node.name.getText(file).replace(/^['"]|['"]$/g, '');
        record(contextual?.getProperty(name), node.name, file);
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const type = checker.getTypeAtLocation(node.parent);
        const name = (node.propertyName ?? node.name).getText(file);
        record(type.getProperty(name), node, file);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}
