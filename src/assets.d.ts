// esbuild bundles .css imports as text (see build.mjs): the popover puts it in a <style> in its shadow root.
declare module '*.css' {
  const text: string;
  export default text;
}
