// The one set of markdown options. VitePress and scripts/content.ts both build their
// renderer from it, so headings, anchors and math agree between the site and the checks.
import type { MarkdownOptions } from 'vitepress'
import { inlineCodePlugin } from './inline-code'
import { mathPlugin } from './math'
import { mermaidPlugin } from './mermaid'
import { practicePlugin } from './practice'

export const markdownOptions: MarkdownOptions = {
  lineNumbers: false,
  // The high-contrast GitHub themes keep every token at WCAG AA contrast (axe checks it).
  theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  codeCopyButtonTitle: '复制代码',
  container: {
    tipLabel: '提示',
    warningLabel: '注意',
    dangerLabel: '警告',
    infoLabel: '信息',
    detailsLabel: '详情'
  },
  config(md) {
    md.use(mathPlugin).use(mermaidPlugin).use(inlineCodePlugin).use(practicePlugin)
  }
}
