// npm run check: validates every page under docs/ and prints each problem as
// "path:line: message". Exit code 1 when there is any problem.
import { resolve } from 'node:path'
import { DOCS_DIR, ROOT_DIR, loadPages } from './content'
import { checkPages, formatProblem } from './check/index'

const docsDir = process.argv[2] ? resolve(process.argv[2]) : DOCS_DIR
const pages = await loadPages({ docsDir, rootDir: process.argv[2] ? process.cwd() : ROOT_DIR })
const problems = await checkPages(pages, docsDir)

for (const problem of problems) console.error(formatProblem(problem))
if (problems.length > 0) {
  const files = new Set(problems.map((p) => p.file)).size
  console.error(`\n${problems.length} problem(s) in ${files} file(s).`)
  process.exit(1)
}
const questions = pages.reduce((sum, page) => sum + page.questionCount, 0)
console.log(`check: ${pages.length} pages, ${questions} questions, no problems.`)
