import strings from './zh-CN.json' with { type: 'json' };

export type StringKey = keyof typeof strings;

/** The Chinese UI string for a dotted key; every string a resident reads lives in zh-CN.json. */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
