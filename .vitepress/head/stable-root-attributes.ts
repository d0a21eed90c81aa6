// VitePress's app assigns <html lang> and <html dir> when it mounts, even when the server
// already wrote the same values. Chrome treats each assignment as a change and revisits the
// whole document (directionality, language, and the accessibility tree when one is active):
// measured under Lighthouse at about 0.8 s of main-thread time on the 18,000-element formula
// chapter. This inline script, run before the app, makes assigning the current value a no-op.
export const STABLE_ROOT_ATTRIBUTES_SCRIPT = `(function(){var r=document.documentElement;['lang','dir'].forEach(function(n){var d=Object.getOwnPropertyDescriptor(HTMLElement.prototype,n);if(!d||!d.set)return;Object.defineProperty(r,n,{configurable:true,get:function(){return d.get.call(this)},set:function(v){if(d.get.call(this)!==String(v))d.set.call(this,v)}})})})()`
