export { type ConfluenceTarget, type NewPage, type PublishError, type PublishResult, createConfluencePage, contentUrl } from './create-page';
export { type ConfluencePublishStore, type PublishDeps, type PublishState, createConfluencePublishStore } from './publish-store';
export { confluenceTargets } from './targets';
export { publishDeps } from './env';
