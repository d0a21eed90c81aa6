// Site-wide settings that depend on where the site is deployed. Kept in one place so the
// repository URL, edit links and base path never disagree.

export const siteTitle = 'LLMs 面试八股文'
export const siteDescription =
  '大模型（LLMs）算法工程师面试题与参考答案：原理、公式、数字与面试追问。'

const DEFAULT_REPOSITORY = 'llm-interview/llm-interview'

/** "owner/name"; GitHub Actions sets GITHUB_REPOSITORY, so deploys link to the real repo. */
export function repositorySlug(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_REPOSITORY || DEFAULT_REPOSITORY
}

export function repositoryUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `https://github.com/${repositorySlug(env)}`
}

export function editLinkPattern(env: NodeJS.ProcessEnv = process.env): string {
  return `${repositoryUrl(env)}/edit/main/docs/:path`
}

/**
 * The URL prefix the site is served under: "/" locally, "/<repo>/" on a GitHub project
 * page. Read from SITE_BASE; always starts and ends with "/" as VitePress requires.
 */
export function resolveBase(value: string | undefined = process.env.SITE_BASE): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return '/'
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`SITE_BASE must be a URL path such as /llm-interview/, got ${JSON.stringify(value)}`)
  }
  return `/${trimmed}/`
}
