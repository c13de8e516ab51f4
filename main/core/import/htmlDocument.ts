import { Window, type Document } from 'happy-dom';

/**
 * Parses HTML into an inert document (no scripts, no network, no styles) for the importers to
 * rework before the schema reads it, and closes it afterwards.
 */
export function withHtmlDocument<T>(html: string, work: (doc: Document) => T): T {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
    return work(doc as unknown as Document);
  } finally {
    void window.happyDOM.abort();
    void window.happyDOM.close();
  }
}
