import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { talentKeys } from './keys';
import type {
  CredentialsView,
  MatchView,
  MyTalent,
  Paged,
  PortraitDetail,
  PortraitListItem,
  PortraitTemplates,
  ReserveEntryDetail,
  ReservePage,
  ReserveQuery,
  TierItem,
  TierQuery,
} from './types';

/** The portraits the user reads; with `orgId`, the ones that apply to that organisation's people. */
export function usePortraitsQuery(orgId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: talentKeys.portraits(orgId),
    queryFn: async ({ signal }) =>
      (await http.get<{ items: PortraitListItem[] }>('/talent/portraits', { orgId }, signal)).items,
    enabled,
  });
}

export function usePortraitQuery(id: string) {
  return useQuery({
    queryKey: talentKeys.portrait(id),
    queryFn: ({ signal }) => http.get<PortraitDetail>(`/talent/portraits/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** The 16 built-in portraits (talent:manage). */
export function usePortraitTemplatesQuery(enabled: boolean) {
  return useQuery({
    queryKey: talentKeys.templates,
    queryFn: ({ signal }) => http.get<PortraitTemplates>('/talent/portrait-templates', undefined, signal),
    enabled,
    staleTime: Infinity,
  });
}

export function useCredentialsQuery(personId: string) {
  return useQuery({
    queryKey: talentKeys.credentials(personId),
    queryFn: ({ signal }) =>
      http.get<CredentialsView>(`/talent/people/${personId}/credentials`, undefined, signal),
    enabled: Boolean(personId),
  });
}

export function useMatchQuery(personId: string, portraitId: string | undefined) {
  return useQuery({
    queryKey: talentKeys.match(personId, portraitId ?? ''),
    queryFn: ({ signal }) => http.get<MatchView>(`/talent/people/${personId}/match`, { portraitId }, signal),
    enabled: Boolean(personId && portraitId),
  });
}

export function useTiersQuery(q: TierQuery | null) {
  return useQuery({
    queryKey: talentKeys.tiers(q ?? { orgId: '', page: 1, pageSize: 1 }),
    queryFn: ({ signal }) => http.get<Paged<TierItem>>('/talent/tiers', q ?? undefined, signal),
    enabled: Boolean(q?.orgId),
    placeholderData: keepPreviousData,
  });
}

export function useReserveQuery(q: ReserveQuery | null) {
  return useQuery({
    queryKey: talentKeys.reserve(q ?? { orgId: '', status: 'active', page: 1, pageSize: 1 }),
    queryFn: ({ signal }) => http.get<ReservePage>('/talent/reserve', q ?? undefined, signal),
    enabled: Boolean(q?.orgId),
    placeholderData: keepPreviousData,
  });
}

/** One pool entry with today's review and the reviews recorded (404 outside the user's scope). */
export function useReserveEntryQuery(id: string) {
  return useQuery({
    queryKey: talentKeys.reserveEntry(id),
    queryFn: ({ signal }) => http.get<ReserveEntryDetail>(`/talent/reserve/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useMyTalentQuery() {
  return useQuery({
    queryKey: talentKeys.me,
    queryFn: ({ signal }) => http.get<MyTalent>('/talent/me', undefined, signal),
  });
}

export function useMyCredentialsQuery() {
  return useQuery({
    queryKey: talentKeys.myCredentials,
    queryFn: ({ signal }) => http.get<CredentialsView>('/talent/me/credentials', undefined, signal),
  });
}

export function useMyMatchQuery(portraitId: string | undefined) {
  return useQuery({
    queryKey: talentKeys.myMatch(portraitId ?? ''),
    queryFn: ({ signal }) => http.get<MatchView>('/talent/me/match', { portraitId }, signal),
    enabled: Boolean(portraitId),
  });
}
