import { useEffect, useMemo } from 'preact/hooks';
import { SitesSection } from '@/components/options/SitesSection';
import { StorageSection } from '@/components/options/StorageSection';
import { createStorageSectionStore } from '@/lib/storage/storage-section-store';

/** The options page: one section per concern, in order. Add sections here, logic in their stores. */
export function App() {
  const storage = useMemo(createStorageSectionStore, []);
  useEffect(() => storage.dispose, [storage]);
  return (
    <main>
      <h1>Customer Benefit Check</h1>
      <SitesSection />
      <StorageSection store={storage} />
    </main>
  );
}
