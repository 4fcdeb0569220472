-- An admin decided a user's KYC submission (accounts' KycDecided events).
ALTER TYPE "NotificationKind" ADD VALUE 'kyc_decided' BEFORE 'system';
