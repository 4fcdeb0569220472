-- Support staff responded to the user's ticket (support's TicketResponded events).
ALTER TYPE "NotificationKind" ADD VALUE 'ticket_response' BEFORE 'system';
