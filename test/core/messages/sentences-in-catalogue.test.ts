import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '..', '..', '..', 'src');
/** Where sentences live: the catalogue and the checks' own sentences. */
const SENTENCE_HOMES = ['core/messages/', 'core/checks/'];
/** Data, not sentences: the seed documents' text and the sample built from it. */
const DATA = ['sample/'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A Japanese sentence a person would read: it ends in 。 or speaks in the polite form. */
const SENTENCE = /。|ください|しました|しません|できません|ありません|います|です/;

/** The text of every string and template literal of a file (comments are not literals). */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every user-visible sentence is in the message catalogue', () => {
  it('finds no Japanese sentence in a literal outside src/core/messages and src/core/checks', () => {
    const outside = filesUnder(SRC)
      .map((file) => relative(SRC, file))
      .filter((file) => !SENTENCE_HOMES.some((home) => file.startsWith(home)) && !DATA.some((data) => file.startsWith(data)));
    expect(outside.length).toBeGreaterThan(100);
    const strays = outside.flatMap((file) =>
      literals(join(SRC, file))
        .filter((l) => SENTENCE.test(l.text))
        .map((l) => `${file}:${l.line} ${l.text}`),
    );
    expect(strays).toEqual([]);
  });

  it('would find one: the scan sees a sentence in a literal and not in a comment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-sentence-'));
    const probe = join(dir, 'probe.ts');
    writeFileSync(probe, '// 保存しました。\nexport const x = `${1}件を保存しました。`;\n');
    try {
      expect(literals(probe).filter((l) => SENTENCE.test(l.text))).toEqual([{ text: '件を保存しました。', line: 2 }]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
