import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { SourceError } from '../schema/source.ts';

/** A validated YAML file and a way to find the line of any value in it (for later errors). */
export interface YamlFile<T> {
  data: T;
  lineOf: (path: (string | number)[]) => number | undefined;
}

/**
 * Parse and validate an editor-written YAML file. Syntax errors and schema violations become a
 * SourceError naming the file, the line and the field, in Chinese.
 */
export function readYamlFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  hint: string,
): YamlFile<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    throw new SourceError(
      file,
      counter.linePos(syntax.pos[0]).line,
      `YAML 格式错误:${syntax.message.split('\n')[0]}`,
      '请检查缩进、冒号和引号',
    );
  }
  const lineOf = (path: (string | number)[]) => nodeLine(doc, counter, path);
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = path.length > 0 ? `字段 ${path.join('.')}:` : '';
    throw new SourceError(file, lineOf(path), `${where}${issue.message}`, hint);
  }
  return { data: result.data, lineOf };
}

/** Line of the deepest existing node on the path (its parent when the field itself is missing). */
function nodeLine(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}
