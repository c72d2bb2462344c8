import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

// Issue 18 point 4: Astro's telemetry is off for everyone who runs the project, and stopping npm
// stops the server. Every npm script that starts Astro goes through a script of ours that sets
// ASTRO_TELEMETRY_DISABLED=1 (scripts/astro.ts, scripts/build.ts), never `astro` directly.

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('npm scripts', () => {
  it('never start the Astro CLI directly', () => {
    for (const [name, command] of Object.entries(pkg.scripts)) {
      expect(command, name).not.toMatch(/(^|&&\s*|;\s*)(npx\s+)?astro\b/);
    }
    expect(pkg.scripts.dev).toBe('node scripts/astro.ts dev');
    expect(pkg.scripts.preview).toBe('node scripts/astro.ts preview');
    expect(pkg.scripts.check).toMatch(/^node scripts\/astro\.ts check\b/);
  });
  it('the wrapper turns telemetry off and passes stop signals on', () => {
    const wrapper = readFileSync('scripts/astro.ts', 'utf8');
    expect(wrapper).toContain("ASTRO_TELEMETRY_DISABLED: '1'");
    expect(wrapper).toMatch(/for \(const signal of \['SIGINT', 'SIGTERM', 'SIGHUP'\]/);
    expect(wrapper).toContain('process.ppid !== parent');
  });
});

// Issue 15 point 2: `npm run lint` checks the .astro templates too, formatted the way Astro compresses them.
describe('Prettier on the .astro templates', () => {
  it('does not ignore them, and formats them for compressHTML: true with strict whitespace', async () => {
    expect(pkg.scripts.lint).toMatch(/^prettier --check \. /);
    const file = 'src/layouts/Base.astro';
    expect((await prettier.getFileInfo(file, { ignorePath: '.prettierignore' })).ignored).toBe(false);
    const config = await prettier.resolveConfig(file);
    expect(config).toMatchObject({ astroCompressHTML: 'html', htmlWhitespaceSensitivity: 'strict' });
    // The formatter mirrors Astro's own setting: change both together.
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/compressHTML: true/);
    const source = readFileSync(file, 'utf8');
    expect(await prettier.check(source, { ...config, filepath: file })).toBe(true);
  });
});
