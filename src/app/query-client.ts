import { QueryClient } from '@tanstack/react-query';

/** The page's one query client: data does not go stale on its own, and focus does not refetch it. */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: Infinity } } });
}
