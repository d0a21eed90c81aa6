import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import { loadPages } from '../scripts/content'
import { chapterCards } from '../scripts/home'
import { buildSidebar } from '../scripts/sidebar'
import { markdownOptions } from './markdown/index'
import { restartOnPageListChange } from './restart-on-page-list-change'
import { practiceDataPlugin } from './practice-data-plugin'
import { searchIndexPlugin } from './search-index-plugin'
import { robotsTxt, seoHead, siteOrigin } from './seo'
import { editLinkPattern, repositoryUrl, resolveBase, siteDescription, siteTitle } from './site'
import { EARLY_MODE_SCRIPT } from './theme/practice/keys'
import { STABLE_ROOT_ATTRIBUTES_SCRIPT } from './head/stable-root-attributes'
import { RENDER_ALL_SCRIPT } from './head/render-all'

// One load of the content model feeds the sidebar and the home page's chapter grid.
const pages = await loadPages()
const questionCounts = new Map(pages.map((page) => [page.docPath, page.questionCount]))
const homeChapters = chapterCards(pages)
const base = resolveBase()
const origin = siteOrigin()

export default defineConfig({
  lang: 'zh-CN',
  title: siteTitle,
  description: siteDescription,
  base,
  srcDir: 'docs',
  outDir: process.env.SITE_OUT_DIR || '.vitepress/dist',
  cleanUrls: true,
  lastUpdated: true,
  // VueUse's default disableTransition injects a `* { transition: none }` sheet and forces a
  // style recalc of the whole page on every colour-mode sync, twice on load: about 0.9 s
  // of blocking time on the formula-heavy chapters on a mid-range phone.
  appearance: { disableTransition: false },
  sitemap: { hostname: `${origin}${base}` },
  // Sub-pages of different chapters share short titles (两个「总结」): name the chapter too.
  transformPageData(pageData) {
    const { parent, title } = pageData.frontmatter
    if (typeof parent === 'string' && typeof title === 'string') pageData.title = `${title}（${parent}）`
    // Lets the practice bar render its final size on the server (no shift when it mounts).
    const questionCount = questionCounts.get(pageData.relativePath)
    if (questionCount) pageData.frontmatter.questionCount = questionCount
    // The chapter grid's data goes with the home page only; in themeConfig it was inlined
    // into every page's HTML (about 5 KB gzip each).
    if (pageData.relativePath === 'index.md') pageData.frontmatter.chapters = homeChapters
  },
  transformHead: ({ pageData }) =>
    seoHead(pageData, { origin, base, title: siteTitle, description: siteDescription }),
  async buildEnd(config) {
    await writeFile(join(config.outDir, 'robots.txt'), robotsTxt(origin, base))
  },
  markdown: markdownOptions,
  vite: {
    plugins: [restartOnPageListChange(), searchIndexPlugin(pages), practiceDataPlugin(pages)],
    resolve: {
      // Our search box replaces the default theme's (local search is not enabled, so
      // MiniSearch is never bundled). The replacement must not be named VPNavBarSearch.vue.
      alias: [
        {
          find: /^.*\/VPNavBarSearch\.vue$/,
          replacement: fileURLToPath(new URL('./theme/components/NavSearch.vue', import.meta.url))
        },
        {
          find: /^.*\/VPDocFooterLastUpdated\.vue$/,
          replacement: fileURLToPath(new URL('./theme/components/LastUpdated.vue', import.meta.url))
        }
      ]
    },
    // mermaid's chunks exceed Vite's 500 kB warning; they load only on pages with a diagram.
    build: { chunkSizeWarningLimit: 1000 }
  },
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
    // Practice mode folds answers from the first paint, before the app hydrates.
    ['script', {}, EARLY_MODE_SCRIPT],
    ['script', {}, STABLE_ROOT_ATTRIBUTES_SCRIPT],
    // Anchors land exactly although off-screen answers are not laid out (styles.css).
    ['script', {}, RENDER_ALL_SCRIPT]
  ],
  themeConfig: {
    sidebar: buildSidebar(pages),
    nav: [
      { text: '首页', link: '/' },
      { text: '随机抽题', link: '/drill' },
      { text: '学习进度', link: '/progress' }
    ],
    socialLinks: [{ icon: 'github', link: repositoryUrl() }],
    editLink: { pattern: editLinkPattern(), text: '在 GitHub 上编辑此页' },
    outline: { level: [2, 3], label: '本页目录' },
    docFooter: { prev: '上一页', next: '下一页' },
    // Rendered by theme/components/LastUpdated.vue (China Standard Time, no Intl).
    lastUpdated: { text: '最后更新于' },
    darkModeSwitchLabel: '外观',
    lightModeSwitchTitle: '切换到浅色模式',
    darkModeSwitchTitle: '切换到深色模式',
    sidebarMenuLabel: '目录',
    returnToTopLabel: '回到顶部',
    skipToContentLabel: '跳到正文',
    langMenuLabel: '语言',
    externalLinkIcon: true,
    notFound: {
      code: '404',
      title: '页面不存在',
      quote: '这一页可能已被移动或删除，也可能是链接拼写有误。',
      linkLabel: '返回首页',
      linkText: '返回首页'
    },
    footer: {
      message: '答案均为本项目作者原创撰写；如有错误，欢迎在 GitHub 上指出。',
      copyright: 'LLMs Interview 八股文'
    }
  }
})
