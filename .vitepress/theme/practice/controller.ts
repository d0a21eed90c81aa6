// Behaviour of the static practice markup on chapter pages (.vitepress/markdown/practice.ts):
// one set of delegated listeners, and a sync that writes the store's state into the DOM
// (revealed answers, pressed grades, last-grade badges). Kept out of Vue so the page's
// content stays static HTML that VitePress does not need to ship as JavaScript.
import { GRADE_LABELS, isGrade } from './progress-file'
import { grades, practiceMode, revealed, setGrade } from './store'

/** The 「显示答案」 block after each question heading; it carries the question's id. */
export const QUESTION = '.vp-doc .practice-reveal[data-qid]'

export function questionsOnPage(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(QUESTION)]
}

/**
 * The answer blocks and the grade row of every question, by anchor. One pass over the page:
 * a query per question costs a full-document selector match each, which on the longest
 * chapters (18,000 elements) added up to a quarter of a second on a phone.
 */
function partsByAnchor(): Map<string, HTMLElement[]> {
  const parts = new Map<string, HTMLElement[]>()
  for (const part of document.querySelectorAll<HTMLElement>('.vp-doc [data-answer], .vp-doc .practice-grades[data-anchor]')) {
    const anchor = part.dataset.answer ?? part.dataset.anchor ?? ''
    const list = parts.get(anchor)
    if (list) list.push(part)
    else parts.set(anchor, [part])
  }
  return parts
}

/** Writes the store's state into every question on the page. */
export function syncAnswers(): void {
  const parts = partsByAnchor()
  for (const question of questionsOnPage()) {
    const id = question.dataset.qid ?? ''
    const isRevealed = revealed.has(id)
    const grade = grades[id]?.grade ?? null
    question.classList.toggle('revealed', isRevealed)
    question.querySelector('[data-practice="reveal"]')?.setAttribute('aria-expanded', String(isRevealed))
    for (const part of parts.get(question.dataset.anchor ?? '') ?? []) {
      part.classList.toggle('revealed', isRevealed)
      if (!part.classList.contains('practice-grades')) continue
      for (const button of part.querySelectorAll<HTMLElement>('[data-grade]')) {
        button.setAttribute('aria-pressed', String(button.dataset.grade === grade))
      }
    }
    const badge = question.querySelector<HTMLElement>('.practice-badge')
    if (badge) {
      badge.hidden = !grade
      badge.textContent = grade ? `上次自评：${GRADE_LABELS[grade]}` : ''
    }
  }
}

/** A question's permalink opens that question revealed in practice mode. */
export function revealLinkedQuestion(): void {
  if (!practiceMode.value) return
  let hash = location.hash.slice(1)
  try {
    hash = decodeURIComponent(hash)
  } catch {
    // A malformed escape is compared as written.
  }
  const question = questionsOnPage().find((element) => element.dataset.anchor === hash)
  if (question?.dataset.qid) revealed.add(question.dataset.qid)
}

const copiedTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>()

async function copyQuestionLink(button: HTMLElement): Promise<void> {
  const url = `${location.origin}${location.pathname}#${encodeURIComponent(button.dataset.anchor ?? '')}`
  try {
    await navigator.clipboard.writeText(url)
  } catch {
    // No clipboard (plain http, or permission denied): put the address in the location bar.
    history.replaceState(history.state, '', url)
  }
  button.classList.add('copied')
  button.setAttribute('aria-label', '已复制本题链接')
  button.title = '已复制'
  clearTimeout(copiedTimers.get(button))
  copiedTimers.set(
    button,
    setTimeout(() => {
      button.classList.remove('copied')
      button.setAttribute('aria-label', '复制本题链接')
      button.title = '复制本题链接'
    }, 2000)
  )
}

function onClick(event: MouseEvent): void {
  const target = event.target as Element | null
  const link = target?.closest<HTMLElement>('.vp-doc .QuestionLink')
  if (link) {
    event.preventDefault()
    event.stopPropagation()
    void copyQuestionLink(link)
    return
  }
  const control = target?.closest<HTMLElement>('.vp-doc [data-practice], .vp-doc .practice-grades [data-grade]')
  const id = control?.closest<HTMLElement>('[data-qid]')?.dataset.qid
  if (!control || !id) return
  if (control.dataset.practice === 'reveal') revealed.add(id)
  else if (control.dataset.practice === 'hide') revealed.delete(id)
  else if (isGrade(control.dataset.grade)) setGrade(id, control.dataset.grade)
}

let installed = false

export function installPracticeController(): void {
  if (installed) return
  installed = true
  document.addEventListener('click', onClick)
  window.addEventListener('hashchange', revealLinkedQuestion)
}
