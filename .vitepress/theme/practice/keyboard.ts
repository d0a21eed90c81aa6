// Keyboard shortcuts of practice mode on a chapter page:
//   J / K   focus the next / previous question heading
//   Space   reveal the focused question's answer
//   1 2 3   grade the focused (revealed) question 掌握 / 模糊 / 不会
// Ignored while typing, while an IME is composing, with modifier keys, and while a modal
// dialog (the search box) is open.
import { renderAll } from '../answer-layout'
import { QUESTION, questionsOnPage } from './controller'
import type { Grade } from './progress-file'
import { GRADES } from './progress-file'

export interface PracticeKeyActions {
  reveal(answer: HTMLElement): void
  grade(answer: HTMLElement, grade: Grade): void
}

export function handlePracticeKey(event: KeyboardEvent, actions: PracticeKeyActions): void {
  if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return
  if (event.ctrlKey || event.metaKey || event.altKey) return
  const target = event.target as HTMLElement | null
  if (target && isTypingTarget(target)) return
  if (dialogOpen()) return

  const key = event.key.toLowerCase()
  if (key === 'j' || key === 'k') {
    const heading = stepQuestion(key === 'j' ? 1 : -1)
    if (heading) event.preventDefault()
    return
  }
  const answer = focusedAnswer()
  if (!answer) return
  if (key === ' ' && !isButton(target)) {
    event.preventDefault()
    actions.reveal(answer)
  } else if (key === '1' || key === '2' || key === '3') {
    if (!answer.classList.contains('revealed')) return
    event.preventDefault()
    actions.grade(answer, GRADES[Number(key) - 1])
  }
}

/** A modal dialog is open, or being opened (its button is expanded while the dialog loads). */
export function dialogOpen(): boolean {
  return !!document.querySelector('[aria-modal="true"], [aria-haspopup="dialog"][aria-expanded="true"]')
}

function isTypingTarget(element: HTMLElement): boolean {
  return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)
}

function isButton(element: HTMLElement | null): boolean {
  return !!element && (element.tagName === 'BUTTON' || element.tagName === 'A')
}

/** The heading of a question (its 「显示答案」 block is rendered right after it). */
export function headingOf(answer: HTMLElement): HTMLElement | null {
  const previous = answer.previousElementSibling
  return previous instanceof HTMLElement && /^H[23]$/.test(previous.tagName) ? previous : null
}

/** The question whose heading, answer or controls hold the keyboard focus. */
export function focusedAnswer(): HTMLElement | null {
  const active = document.activeElement
  if (!(active instanceof HTMLElement)) return null
  const block = active.closest<HTMLElement>('[data-answer], .practice-grades[data-anchor], .practice-reveal[data-anchor]')
  const anchor = block?.dataset.answer ?? block?.dataset.anchor
  if (anchor) return document.querySelector<HTMLElement>(`.vp-doc .practice-reveal[data-anchor="${CSS.escape(anchor)}"]`)
  const heading = active.closest('h2, h3')
  const next = heading?.nextElementSibling
  return next instanceof HTMLElement && next.matches(QUESTION) ? next : null
}

function stepQuestion(direction: 1 | -1): HTMLElement | null {
  const list = questionsOnPage()
  if (list.length === 0) return null
  const current = focusedAnswer()
  let index: number
  if (current) {
    index = list.indexOf(current) + direction
  } else {
    // Nothing focused yet: start from the first question whose heading is below the top bar.
    const firstVisible = list.findIndex((answer) => (headingOf(answer)?.getBoundingClientRect().top ?? -1) >= 64)
    index = firstVisible === -1 ? list.length - 1 : direction === 1 ? firstVisible : firstVisible - 1
  }
  const answer = list[Math.min(Math.max(index, 0), list.length - 1)]
  const heading = answer && headingOf(answer)
  if (!heading) return null
  // Answers between here and there may be laid out at estimated heights; lay out all first.
  renderAll()
  heading.focus({ preventScroll: true })
  heading.scrollIntoView({ block: 'start', behavior: 'auto' })
  return heading
}
