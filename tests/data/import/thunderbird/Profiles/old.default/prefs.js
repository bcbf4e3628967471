// Mozilla User Preferences
user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "old.example.com");
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.identity.id1.useremail", "old@example.com");
user_pref("mail.identity.id1.smtpServer", "smtp1");
