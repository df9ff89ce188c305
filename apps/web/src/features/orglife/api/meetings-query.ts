import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { orglifeKeys } from './keys';
import type { MeetingListItem, MeetingListParams, Page } from './types';

/** One page of meetings in the user's scope. */
export function useMeetingsQuery(params: MeetingListParams) {
  return useQuery({
    queryKey: orglifeKeys.meetingList(params),
    queryFn: ({ signal }) => http.get<Page<MeetingListItem>>('/meetings', params, signal),
    placeholderData: keepPreviousData,
  });
}
