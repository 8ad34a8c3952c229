import { useEffect, useMemo } from 'preact/hooks';
import { LanguageSection } from '@/components/options/LanguageSection';
import { SharingSection } from '@/components/options/SharingSection';
import { SitesSection } from '@/components/options/SitesSection';
import { StorageSection } from '@/components/options/StorageSection';
import { t } from '@/lib/i18n';
import { createStorageSectionStore } from '@/lib/storage/storage-section-store';

/** The options page: one section per concern, in order. Add sections here, logic in their stores. */
export function App() {
  const storage = useMemo(createStorageSectionStore, []);
  useEffect(() => storage.dispose, [storage]);
  useEffect(() => void (document.title = t('options.title')), []);
  return (
    <main>
      <h1>{t('extName')}</h1>
      <LanguageSection />
      <SitesSection />
      <SharingSection />
      <StorageSection store={storage} />
    </main>
  );
}
