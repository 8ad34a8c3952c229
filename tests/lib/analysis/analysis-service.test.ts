import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANALYZE_MESSAGE, requestAnalysis } from '@/lib/analysis/request';
import { handleAnalyzeMessage } from '@/lib/analysis/serve';

describe('analysis through the background', () => {
  it('answers a content script’s request with the analyzer’s result', async () => {
    fakeBrowser.runtime.onMessage.addListener(handleAnalyzeMessage);
    const analysis = await requestAnalysis({
      summary: 'Saved cards',
      description: 'As a returning shopper I want to save my card so that I can pay in one step.',
    });
    expect(analysis.hasCustomer).toBe(true);
    expect(analysis.hasBenefit).toBe(true);
  });

  it('leaves other messages and malformed requests to other listeners', () => {
    const sendResponse = vi.fn();
    expect(handleAnalyzeMessage({ type: 'cbc:get-issue' }, {}, sendResponse)).toBeUndefined();
    expect(handleAnalyzeMessage({ type: ANALYZE_MESSAGE, input: { summary: 42 } }, {}, sendResponse)).toBeUndefined();
    expect(handleAnalyzeMessage(null, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('rejects when the background has no analysis to give', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse: (reply: unknown) => void) => {
      sendResponse({ verdict: 'maybe' });
      return true;
    });
    await expect(requestAnalysis({ summary: 'x' })).rejects.toThrow('no analysis');
  });
});
