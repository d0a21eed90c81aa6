// The one set of markdown options. VitePress and scripts/content.ts both build their
// renderer from it, so headings, anchors and math agree between the site and the checks.
import type { MarkdownOptions } from 'vitepress'
import { inlineCodePlugin } from './inline-code'
import { mathPlugin } from './math'
import { mermaidPlugin } from './mermaid'

export const markdownOptions: MarkdownOptions = {
  lineNumbers: false,
  codeCopyButtonTitle: '复制代码',
  container: {
    tipLabel: '提示',
    warningLabel: '注意',
    dangerLabel: '警告',
    infoLabel: '信息',
    detailsLabel: '详情'
  },
  config(md) {
    md.use(mathPlugin).use(mermaidPlugin).use(inlineCodePlugin)
  }
}
