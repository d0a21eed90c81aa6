import type { MarkdownRenderer } from 'vitepress'

export type { MarkdownRenderer }
/** A markdown-it token as produced by VitePress's renderer. */
export type MarkdownToken = ReturnType<MarkdownRenderer['parse']>[number]
