"""Mail from the user's own mailbox on contacts' timelines."""
