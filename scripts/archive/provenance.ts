import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { byCodeUnit } from '../../src/integration/files.ts';

/** Where the bundle's code and content came from. */
export interface Origin {
  /** Repository address (credentials removed), or undefined when neither git nor GZBG_REPOSITORY says. */
  repository?: string;
  /** Full commit hash. */
  commit?: string;
  /** The working tree had uncommitted changes when the bundle was made. */
  dirty?: boolean;
}

/**
 * The repository and commit, from git in `root`; GZBG_REPOSITORY and GZBG_COMMIT when set (e.g.
 * building from a source tarball without .git). Only what git reports about the tree, never the
 * clock, so the same commit gives the same text.
 */
export function gitOrigin(root: string, env: NodeJS.ProcessEnv = process.env): Origin {
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  const commit = env.GZBG_COMMIT?.trim() || git('rev-parse', 'HEAD');
  const remote = env.GZBG_REPOSITORY?.trim() || git('config', '--get', 'remote.origin.url');
  const status = env.GZBG_COMMIT ? '' : git('status', '--porcelain', '--untracked-files=no');
  return {
    ...(remote ? { repository: withoutCredentials(remote) } : {}),
    ...(commit ? { commit } : {}),
    ...(status ? { dirty: true } : {}),
  };
}

/** https://user:token@host/x → https://host/x: an archive must never carry a password. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** Versions of the tools that built the site, as package-lock.json pins them. */
export interface Tools {
  node?: string;
  astro?: string;
  pagefind?: string;
}

export function toolVersions(root: string): Tools {
  const lock = join(root, 'package-lock.json');
  if (!existsSync(lock)) return {};
  const packages = (JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { version?: string }> })
    .packages;
  const v = (name: string) => packages?.[`node_modules/${name}`]?.version;
  return { node: v('node'), astro: v('astro'), pagefind: v('pagefind') };
}

/** One editor's correction, as ARCHIVE.md lists it. */
export interface EditorialNote {
  year: string;
  /** Where the correction is written (sources/<year>/source.yaml or overrides/<year>.yaml). */
  file: string;
  what: string;
  reason: string;
}

/**
 * Every cell correction (sources/<year>/source.yaml `corrections:`) and every override
 * (overrides/<year>.yaml) with its reason, in year and file order. The files were validated by
 * ingest; anything unexpected is skipped here rather than guessed at.
 */
export async function editorialNotes(content: string): Promise<EditorialNote[]> {
  const notes: EditorialNote[] = [];
  const sources = join(content, 'sources');
  const years = (await readdir(sources, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name))
    .map((d) => d.name)
    .sort(byCodeUnit);
  for (const year of years) {
    const sidecar = await yamlAt(join(sources, year, 'source.yaml'));
    for (const c of list(sidecar?.corrections)) {
      notes.push({
        year,
        file: `sources/${year}/source.yaml`,
        what: `第 ${String(c.row)} 行“${String(c.column)}”改为“${String(c.value)}” / row ${String(c.row)}, column “${String(c.column)}” read as “${String(c.value)}”`,
        reason: String(c.reason ?? ''),
      });
    }
    for (const [header, role] of Object.entries((sidecar?.columns as Record<string, unknown> | undefined) ?? {})) {
      notes.push({
        year,
        file: `sources/${year}/source.yaml`,
        what: `表头“${header}”按 ${String(role)} 读取 / header “${header}” read as ${String(role)}`,
        reason: '来源说明 columns: / source.yaml columns:',
      });
    }
  }
  // overrides/<year>.yaml, and overrides/<year>/<subfolder>.yaml for the reports in subfolders.
  const entries = await readdir(join(content, 'overrides'), { withFileTypes: true }).catch(() => []);
  const overrideFiles: string[] = [];
  for (const e of entries) {
    if (e.isFile() && /^\d{4}\.yaml$/.test(e.name)) overrideFiles.push(e.name);
    if (e.isDirectory() && /^\d{4}$/.test(e.name)) {
      const inner = (await readdir(join(content, 'overrides', e.name))).filter((f) => f.endsWith('.yaml'));
      overrideFiles.push(...inner.sort(byCodeUnit).map((f) => `${e.name}/${f}`));
    }
  }
  overrideFiles.sort((a, b) => byCodeUnit(a.replace(/\.yaml$/, ''), b.replace(/\.yaml$/, '')));
  for (const name of overrideFiles) {
    const year = name.slice(0, 4);
    const file = `overrides/${name}`;
    const data = await yamlAt(join(content, file));
    for (const o of list(data?.overrides)) {
      const task = `编号 ${String(o.task)} / task ${String(o.task)}`;
      const part = (key: string) => o[key] as Record<string, unknown> | undefined;
      if (part('status'))
        notes.push({
          year,
          file,
          what: `${task}：状态 status → ${String(part('status')!.value)}`,
          reason: String(part('status')!.reason),
        });
      if (part('area'))
        notes.push({
          year,
          file,
          what: `${task}：领域 area → ${String(part('area')!.slug)}`,
          reason: String(part('area')!.reason),
        });
      if (part('shortTitle'))
        notes.push({
          year,
          file,
          what: `${task}：短标题 shortTitle → ${String(part('shortTitle')!.value)}`,
          reason: String(part('shortTitle')!.reason),
        });
      for (const m of list(o.metrics)) {
        const n = typeof m.metric === 'number' ? m.metric : typeof m.index === 'number' ? m.index + 1 : '?';
        const changes = ['remove', 'subject', 'comparator', 'actual', 'parts', 'basis', 'verdict']
          .filter((k) => m[k] !== undefined)
          .map((k) => `${k}: ${JSON.stringify(m[k])}`)
          .join('，');
        notes.push({ year, file, what: `${task}：指标 ${n} / metric ${n} → ${changes}`, reason: String(m.reason) });
      }
    }
  }
  return notes;
}

async function yamlAt(path: string): Promise<Record<string, unknown> | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const data: unknown = parse(text);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
}
