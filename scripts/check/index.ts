// Runs every content rule over the loaded pages and returns all problems, sorted.
import { join } from 'node:path'
import type { Page } from '../content'
import { checkAnswers } from './answers'
import { checkDiagrams } from './diagrams'
import { checkFrontmatter } from './frontmatter'
import { checkHeadings } from './headings'
import { checkInterpolation } from './interpolation'
import { checkLinks } from './links'
import { checkMath } from './math'
import { sortProblems, type Problem } from './problem'

export async function checkPages(pages: Page[], docsDir: string): Promise<Problem[]> {
  const context = { pages, publicDir: join(docsDir, 'public') }
  const diagramProblems = await Promise.all(pages.map(checkDiagrams))
  const problems = pages.flatMap((page, i) => [
    ...page.loadProblems.map((p) => ({ file: page.relativePath, ...p })),
    ...checkFrontmatter(page, pages),
    ...checkHeadings(page, pages),
    ...checkAnswers(page),
    ...checkLinks(page, context),
    ...checkMath(page),
    ...checkInterpolation(page),
    ...diagramProblems[i]
  ])
  return sortProblems(problems)
}

export { formatProblem, type Problem } from './problem'
