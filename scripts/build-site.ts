// Builds the site for the scripts and tests that need one (audit, PDF, bench, browser tests).
// .vitepress/config.ts reads the base, output folder and public origin from the environment.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ROOT_DIR } from './content'

export const VITEPRESS_BIN = join(ROOT_DIR, 'node_modules', '.bin', 'vitepress')

export interface BuildSiteOptions {
  outDir: string
  base: string
  /** Public origin for canonical URLs and the sitemap (SITE_HOSTNAME). */
  hostname?: string
  /** Run the content check first, as `npm run build` does. */
  check?: boolean
  quiet?: boolean
}

export function buildSite({ outDir, base, hostname, check, quiet }: BuildSiteOptions): void {
  const [command, ...args] = check ? ['npm', 'run', 'build'] : [VITEPRESS_BIN, 'build']
  execFileSync(command, args, {
    cwd: ROOT_DIR,
    stdio: quiet ? 'ignore' : 'inherit',
    env: { ...process.env, SITE_BASE: base, SITE_OUT_DIR: outDir, ...(hostname ? { SITE_HOSTNAME: hostname } : {}) }
  })
}

/**
 * The site a script works on: the prebuilt one named by --site (which must hold a build),
 * or a fresh build with the root base into `fallbackDir`.
 */
export function siteFromArgs(
  args: { site?: string; base?: string },
  fallbackDir: string,
  hostname?: string
): { siteDir: string; base: string } {
  if (args.site) {
    const siteDir = resolve(args.site)
    if (!existsSync(join(siteDir, 'index.html'))) {
      console.error(`${siteDir} has no index.html: build the site first, or leave out --site.`)
      process.exit(1)
    }
    return { siteDir, base: args.base ?? '/' }
  }
  console.log('Building the site…')
  buildSite({ outDir: fallbackDir, base: '/', hostname })
  return { siteDir: fallbackDir, base: '/' }
}
