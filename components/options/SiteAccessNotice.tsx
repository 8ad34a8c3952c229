import { useState } from 'preact/hooks';
import { createSiteAccessStore } from '@/lib/sites/site-access-store';
import { GrantAccessNotice } from './GrantAccessNotice';

export interface SiteAccessNoticeProps {
  /** The tab the popup is about. */
  findTab: () => Promise<number | null>;
  testId?: string;
}

/** In the popup: on an added site whose access the user removed, says so and offers to grant it again. */
export function SiteAccessNotice({ findTab, testId = 'site-access-notice' }: SiteAccessNoticeProps) {
  const [store] = useState(() => createSiteAccessStore(findTab));
  const revoked = store.revoked.value;
  return revoked ? <GrantAccessNotice origin={revoked.origin} onGrant={() => void store.grant()} testId={testId} /> : null;
}
