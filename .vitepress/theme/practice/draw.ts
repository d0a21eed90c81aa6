// Drawing the next drill question: weighted towards questions graded 「不会」 and those not
// graded yet, never the question just shown (unless it is the only one).
import type { Grade, Grades } from './progress-file'

export const DRAW_WEIGHTS: Record<Grade | 'ungraded', number> = {
  unknown: 4,
  ungraded: 3,
  fuzzy: 2,
  known: 1
}

export function drawWeight(id: string, grades: Grades): number {
  return DRAW_WEIGHTS[grades[id]?.grade ?? 'ungraded']
}

export function drawQuestion<T extends { id: string }>(
  candidates: T[],
  grades: Grades,
  previousId: string | null,
  random: () => number = Math.random
): T | null {
  const pool = candidates.length > 1 ? candidates.filter((question) => question.id !== previousId) : candidates
  const total = pool.reduce((sum, question) => sum + drawWeight(question.id, grades), 0)
  let ticket = random() * total
  for (const question of pool) {
    ticket -= drawWeight(question.id, grades)
    if (ticket < 0) return question
  }
  return pool[pool.length - 1] ?? null
}
