// Long chapters (up to 17,000 elements, most of them formula markup) let the browser skip
// the layout of answers far from the viewport (`content-visibility: auto` in styles.css).
// A skipped answer stands in at an estimated height, so a jump to an anchor computed
// from those estimates could land off its heading. Before any such jump the page is laid
// out in full: <html class="render-all"> turns the skipping off.
//
// This inline script runs before the app, so its listeners see a click or a history step
// before VitePress's router (which measures the target in the same event) does:
// - the page was opened at an anchor (a permalink, a search result, a reload);
// - a link with a # is clicked (outline, header anchors, links between questions);
// - back/forward, which restores a scroll position measured in full layout.
// Jumps made by the app itself call renderAll() (theme/answer-layout.ts). Either way the
// ALL_LAID_OUT_EVENT tells the app (ScrollableRegions) that nothing is skipped any more.
export const RENDER_ALL_CLASS = 'render-all'
export const ALL_LAID_OUT_EVENT = 'answers:laid-out'

export const RENDER_ALL_SCRIPT = `(function(){var r=document.documentElement,all=function(){r.classList.add('${RENDER_ALL_CLASS}');dispatchEvent(new Event('${ALL_LAID_OUT_EVENT}'))};if(location.hash)all();addEventListener('click',function(e){var t=e.target;if(t instanceof Element&&t.closest('a[href*="#"]'))all()},true);addEventListener('popstate',all,true)})()`
