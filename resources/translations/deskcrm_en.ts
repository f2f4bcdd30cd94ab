<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="26"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="27"/>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="38"/>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="17"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="28"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="29"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="38"/>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="69"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="53"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="54"/>
        <source>Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="27"/>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="33"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="122"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="28"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="109"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="42"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="121"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="29"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="31"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="112"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="33"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="34"/>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="43"/>
        <source>Closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="61"/>
        <source>Reopen into stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="17"/>
        <source>Edit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="31"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="176"/>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="26"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="25"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="32"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="14"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="50"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/bulk_actions.py" line="90"/>
        <source>Name the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/bulk_actions.py" line="147"/>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="97"/>
        <source>Say what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/bulk_actions.py" line="220"/>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="33"/>
        <location filename="../../src/deskcrm/ui/i18n.py" line="49"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="27"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="51"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="105"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="34"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="29"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="52"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="106"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="35"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="104"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="40"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="36"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="106"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="55"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="42"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="180"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="15"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="31"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="37"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="107"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="56"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="43"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="181"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="16"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="38"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="113"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="116"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="60"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="46"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="126"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="111"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="54"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="114"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="36"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="66"/>
        <source>anna@example.com, second@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="68"/>
        <source>+49 30 1234567, 0151 2345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="79"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="104"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="84"/>
        <source>Website, referral, trade fair …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="86"/>
        <source>VIP, Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="91"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="92"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="171"/>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="51"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="97"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="49"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="33"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="98"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="50"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="34"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="99"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="110"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="51"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="36"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="182"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="13"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="26"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="100"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="52"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="37"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="101"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="38"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="102"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="39"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="105"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="54"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="41"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="108"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="57"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="44"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="110"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="109"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="58"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="32"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="157"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="108"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="110"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="59"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="111"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="111"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="45"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="109"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="112"/>
        <source>Stay in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="127"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="128"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="136"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="41"/>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="96"/>
        <source>e.g. 4,800.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="101"/>
        <source>Stage default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="102"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="108"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="118"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="111"/>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="14"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="113"/>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="34"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="114"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="115"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="122"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="170"/>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="124"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="35"/>
        <source>What happened, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="39"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="40"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="41"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="23"/>
        <source>Mark deal as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="29"/>
        <source>Pick or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="30"/>
        <source>Add a new reason to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="32"/>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="34"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/pdf_preview_dialog.py" line="88"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="97"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="17"/>
        <source>Record purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="23"/>
        <source>What was bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="27"/>
        <source>Total, e.g. 49.90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="30"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="31"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="48"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="32"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="33"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="51"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="28"/>
        <source>Shown on printed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="33"/>
        <source>Country assumed for phone numbers typed without +code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="38"/>
        <source>An image for report headers (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="45"/>
        <source>Every day at first start (7 daily, 4 weekly, 12 monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="47"/>
        <source>Only before upgrades and when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="54"/>
        <source>An open support case nobody has answered for this long shows as a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="59"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="64"/>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Report logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="68"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Answer support cases within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="71"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="27"/>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="50"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="51"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="52"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="146"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="53"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="148"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="60"/>
        <source>Pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="61"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="65"/>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="65"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="93"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="97"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="113"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="18"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="330"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="18"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="330"/>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="35"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="42"/>
        <source>Pick or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="43"/>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="82"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="66"/>
        <source>Pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="74"/>
        <source>Create a follow-up task for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="75"/>
        <source>Create tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="76"/>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="84"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="119"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="25"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="107"/>
        <source>Email contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="108"/>
        <source>Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="110"/>
        <source>Subject (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="111"/>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="112"/>
        <source>To (BCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="117"/>
        <source>{n} without an email address are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="120"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>Log on each contact as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="134"/>
        <source>Say what to log, e.g. Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="22"/>
        <source>Open a support case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="26"/>
        <source>e.g. Kettle leaks after two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="39"/>
        <source>What the customer told you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="41"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="43"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="44"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="120"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="25"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="104"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="45"/>
        <source>Their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="61"/>
        <source>Nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="65"/>
        <source>Deal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="68"/>
        <source>Purchase: {item} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="76"/>
        <source>Pick the customer from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="123"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="124"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="125"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="27"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="46"/>
        <source>Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="47"/>
        <source>Delete selected for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="18"/>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="20"/>
        <source>Welcome to DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="27"/>
        <source>Your contacts, deals and tasks live in one file on this computer. Import your contacts (CSV from Google, Outlook or a spreadsheet), start empty, or look around first with realistic demo data — the demo gets its own database, so nothing mixes with your real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="34"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="35"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="36"/>
        <source>Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="35"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="36"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="37"/>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="38"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="39"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="40"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="41"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="42"/>
        <source>Rotting deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="43"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="44"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="42"/>
        <location filename="../../src/deskcrm/ui/i18n.py" line="45"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="40"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="102"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="46"/>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="47"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="48"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="72"/>
        <source>DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="78"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="87"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="88"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="112"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="89"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="555"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="556"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="342"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="90"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="91"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="562"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="343"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="174"/>
        <source>New &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="176"/>
        <source>New Com&amp;pany…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="178"/>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="180"/>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="181"/>
        <source>Import &amp;Feedback (CSAT/NPS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="182"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="186"/>
        <source>Contacts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="187"/>
        <source>Contacts as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="188"/>
        <source>Deals as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="189"/>
        <source>Open tasks as iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="190"/>
        <source>Everything as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="194"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="202"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="205"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="208"/>
        <source>Deleted {things}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="210"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="478"/>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="212"/>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="213"/>
        <source>support cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="216"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="217"/>
        <source>C&amp;ompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="218"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="219"/>
        <source>&amp;About DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="223"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="228"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="234"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="240"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="242"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="373"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="380"/>
        <source>&lt;b&gt;DeskCRM {version}&lt;/b&gt;&lt;br&gt;A local-first desktop CRM.&lt;br&gt;&lt;br&gt;Data file: {path}&lt;br&gt;Licence: GNU General Public License, version 3 or later.&lt;br&gt;Reports embed DejaVu Sans (Bitstream Vera licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="408"/>
        <source>Daily backup made and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="425"/>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCards (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="444"/>
        <source>Import {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="471"/>
        <source>Merged {n} contacts — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="478"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="492"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="504"/>
        <source>Import feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="480"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="494"/>
        <source>Added {n} answers from {rows} rows of {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="500"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="502"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="512"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="220"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="534"/>
        <source>Exported {n} records to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="555"/>
        <source>Tasks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="556"/>
        <source>{n} overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="562"/>
        <source>Cases ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="564"/>
        <source>{n} cases waiting too long for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="566"/>
        <source>Support cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="17"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="65"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="15"/>
        <source>Probability %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="16"/>
        <source>Rotting after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="22"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="22"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="22"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="45"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="57"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="83"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="25"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="25"/>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="174"/>
        <source>Answer {name}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="177"/>
        <source>waiting 1 day for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="178"/>
        <source>waiting {n} days for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="183"/>
        <source>Get back to {name}, who is unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="186"/>
        <source>answered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="188"/>
        <source>answered yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="189"/>
        <source>answered {n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="194"/>
        <source>Get in touch with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="198"/>
        <source>last contacted {n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="200"/>
        <source>{name} (every {n} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="211"/>
        <source>Move “{title}” on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="213"/>
        <source>{n} days in {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/reminders.py" line="37"/>
        <location filename="../../src/deskcrm/ui/reminders.py" line="70"/>
        <source>No overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/reminders.py" line="39"/>
        <source>Open DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="45"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="93"/>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="102"/>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="104"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="39"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="41"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="44"/>
        <source>Open and waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="46"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="136"/>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="47"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="48"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="82"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="84"/>
        <source>Search cases and customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="87"/>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="92"/>
        <source>resolved {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="94"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="97"/>
        <source>waiting {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="98"/>
        <source>OVERDUE · {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="101"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="103"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="105"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="107"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="135"/>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="137"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="138"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="139"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="46"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="94"/>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="103"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="148"/>
        <source>Write a reply or a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="151"/>
        <source>Add my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="152"/>
        <source>Add customer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="153"/>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="155"/>
        <source>Select a case to see its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="230"/>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="230"/>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="271"/>
        <source>{customer}{about} · {status} · opened {opened}{closed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="277"/>
        <source> · resolved {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="314"/>
        <source>“{title}” is now {status} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="323"/>
        <source>Write the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="340"/>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="43"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="44"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="45"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="53"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="53"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="107"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="61"/>
        <source>Follow up every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="67"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="85"/>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="127"/>
        <source>Emails, phones and tags of both are kept. Timeline, purchases, deals and tasks move to the contact you keep; the other goes to the trash. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="140"/>
        <source>Keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="141"/>
        <source>Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="142"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="280"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="174"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="196"/>
        <source>{total} possible duplicates; the surest {n} are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="201"/>
        <source>{n} possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="193"/>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="238"/>
        <source>Keep: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="239"/>
        <source>Merge in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="66"/>
        <source>Select a company to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="121"/>
        <source>People ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="49"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="98"/>
        <source>Log it on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="112"/>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="113"/>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="132"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="150"/>
        <source>Record purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="162"/>
        <source>Add deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="179"/>
        <source>Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="187"/>
        <source>Record feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="188"/>
        <source>Delete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="207"/>
        <source>Select a contact to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="221"/>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="285"/>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="289"/>
        <source>{stage} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="331"/>
        <source>{n} purchases · lifetime value {value} · last {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="336"/>
        <source>No purchases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="339"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="340"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="341"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="344"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="119"/>
        <source>Any lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="36"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="127"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="319"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="128"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="129"/>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="150"/>
        <source>Contacts in the trash can be restored or deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="91"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="276"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="211"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="17"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="319"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="323"/>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="325"/>
        <source>Search names, emails, phones, companies, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="390"/>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="390"/>
        <source>{n} companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="393"/>
        <source>{n} in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="396"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="396"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="443"/>
        <source>Restore {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="459"/>
        <source>Delete {n} contacts in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="467"/>
        <source>Deleted {n} contacts for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="478"/>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="479"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="479"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="482"/>
        <source>Delete {n} {things}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="455"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="95"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="484"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="402"/>
        <source>{action} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="90"/>
        <source>Filter deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="91"/>
        <source>Matches deal titles and notes, contact and company names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="94"/>
        <source>Any contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="98"/>
        <source>min value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="101"/>
        <source>max value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="105"/>
        <source>Rotting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="106"/>
        <source>Only deals that sat in their stage past its rotting days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="150"/>
        <source>Mark won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="151"/>
        <source>Mark lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="41"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="107"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="108"/>
        <source>Closed deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="109"/>
        <source>Edit stages and name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="110"/>
        <source>New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="141"/>
        <source>Move to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="144"/>
        <source>Move to previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="154"/>
        <source>Edit deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="280"/>
        <source>{n} open deals · total {total} · weighted forecast {weighted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="311"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="313"/>
        <source>Move deal to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="380"/>
        <source>Deal moved to the trash — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="488"/>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="93"/>
        <source>Appendix: every deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="94"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="95"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="96"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="35"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="80"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="422"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="439"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="91"/>
        <source>{file}: {rows} rows, {encoding}, separated by “{delimiter}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="106"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="112"/>
        <source>Skip invalid rows (they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="113"/>
        <source>Merge duplicates into the existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="119"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="120"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="121"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="167"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="167"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="183"/>
        <source>Would import {n} new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="185"/>
        <source>Imported {n} new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="187"/>
        <source>{n} duplicates ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="189"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="189"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="191"/>
        <source>{n} invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="206"/>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="128"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="262"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="268"/>
        <source>Sent {n} pages to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="277"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="58"/>
        <source>+ Add deal (type a title, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="83"/>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="85"/>
        <source>{n} {deals} · {p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="91"/>
        <source>weighted {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="211"/>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="83"/>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="81"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="103"/>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="106"/>
        <source>+1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="107"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="108"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="110"/>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="123"/>
        <source>Snooze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="229"/>
        <source>Task snoozed — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="239"/>
        <source>Task moved to the trash — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="255"/>
        <source>Will add </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="270"/>
        <source>Added </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="286"/>
        <source>Task done{note} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/contact_picker.py" line="24"/>
        <source>Type a name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/form_dialog.py" line="55"/>
        <source>
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/delegates/deal_card_delegate.py" line="95"/>
        <source>overdue </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/delegates/deal_card_delegate.py" line="95"/>
        <source>closes </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/delegates/deal_card_delegate.py" line="105"/>
        <source>1 day in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/delegates/deal_card_delegate.py" line="105"/>
        <source>{n} days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/delegates/deal_card_delegate.py" line="106"/>
        <source> · rotting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/record_text.py" line="19"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/theme.py" line="15"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/theme.py" line="16"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/theme.py" line="17"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/domain/validation.py" line="73"/>
        <source>A first or last name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/companies.py" line="40"/>
        <source>A company name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/companies.py" line="42"/>
        <location filename="../../src/deskcrm/services/segments.py" line="140"/>
        <source>At most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts.py" line="125"/>
        <source>Between 1 and 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts.py" line="355"/>
        <location filename="../../src/deskcrm/services/deals.py" line="88"/>
        <source>That company no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="70"/>
        <source>A deal needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="73"/>
        <location filename="../../src/deskcrm/services/timeline.py" line="127"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="267"/>
        <source>Use a three-letter ISO code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="75"/>
        <source>A value cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="77"/>
        <source>Between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="80"/>
        <source>Pick a stage of the deal&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="84"/>
        <location filename="../../src/deskcrm/services/tasks.py" line="146"/>
        <source>That contact no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="110"/>
        <source>New deals start in an open stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/deals.py" line="141"/>
        <source>Close a deal with Won or Lost instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline.py" line="150"/>
        <source>Reopen a closed deal before moving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline.py" line="176"/>
        <source>Say why the deal was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline.py" line="191"/>
        <source>The deal is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline.py" line="200"/>
        <source>Pick an open stage of the deal&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline.py" line="246"/>
        <source>The deal is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline.py" line="305"/>
        <source>That card is in another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline_settings.py" line="62"/>
        <location filename="../../src/deskcrm/services/pipeline_settings.py" line="86"/>
        <source>A pipeline needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline_settings.py" line="102"/>
        <source>The last pipeline cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline_settings.py" line="124"/>
        <source>A stage being edited no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="320"/>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="64"/>
        <source>Use a three-letter ISO code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="67"/>
        <source>Use a two-letter country code such as DE or US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="69"/>
        <source>A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="74"/>
        <source>system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="76"/>
        <source>daily or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="78"/>
        <source>Between 1 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="133"/>
        <location filename="../../src/deskcrm/services/tasks.py" line="189"/>
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="135"/>
        <source>Priority is 0 (none) to 3 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="142"/>
        <source>A repeating task needs a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="150"/>
        <source>That deal no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="69"/>
        <source>Write a short summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="129"/>
        <source>An amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="131"/>
        <source>At least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="134"/>
        <source>Say what was bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/cases.py" line="132"/>
        <source>Say what the problem is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/cases.py" line="134"/>
        <source>Pick a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/cases.py" line="140"/>
        <source>Pick a contact who is not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/cases.py" line="152"/>
        <source>That is not this customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/cases.py" line="187"/>
        <source>Write the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/feedback.py" line="71"/>
        <source>Use CSAT or NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/feedback.py" line="74"/>
        <source>{kind} scores go from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/segments.py" line="138"/>
        <source>Give the segment a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/segments.py" line="170"/>
        <source>A segment named “{name}” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="20"/>
        <source>Record feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="25"/>
        <source>NPS — how likely to recommend us (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="26"/>
        <source>CSAT — how satisfied (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="34"/>
        <source>What they said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="35"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="36"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="37"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="38"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="65"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="135"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="161"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="163"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="168"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="93"/>
        <source>Edit segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="93"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="108"/>
        <source>e.g. Bought twice, not since spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="136"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="138"/>
        <source>on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="137"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="139"/>
        <source>on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="168"/>
        <source>has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="168"/>
        <source>has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="177"/>
        <source>Has any of the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="178"/>
        <source>Has none of the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="179"/>
        <source>Lifecycle (any ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="183"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="184"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="186"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="189"/>
        <source>Purchases (from – to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="198"/>
        <source>Lifetime value (from – to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="200"/>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="201"/>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="202"/>
        <source>Not contacted for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="203"/>
        <source>Contacts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="272"/>
        <source>“{text}” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="315"/>
        <source>Fix the conditions marked in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="321"/>
        <location filename="../../src/deskcrm/ui/models/segment_list_model.py" line="101"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/segment_list_model.py" line="97"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/segment_list_model.py" line="102"/>
        <source>{n} contacts match this segment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="46"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="54"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="55"/>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="56"/>
        <source>Change lifecycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="57"/>
        <source>Create follow-up task for each…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="58"/>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="61"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="62"/>
        <source>Export as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="88"/>
        <source>For {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="88"/>
        <source>For 1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="133"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="133"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="145"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="138"/>
        <source>Tagging {n} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="140"/>
        <source>Tagged {n} contacts “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="145"/>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="149"/>
        <source>Removing the tag from {n} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="151"/>
        <source>Removed “{tag}” from {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="157"/>
        <source>Change lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="161"/>
        <source>Moving {n} contacts to {stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="163"/>
        <source>Moved {n} contacts to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="173"/>
        <source>Creating {n} tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="175"/>
        <source>Created {n} follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="181"/>
        <source>None of these contacts has an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="192"/>
        <source>Logging the email on {n} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="194"/>
        <source>Opened {m} messages to {n} contacts and logged the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="210"/>
        <source>Exported {n} contacts to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="214"/>
        <source>Exporting {n} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="36"/>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="100"/>
        <source>New segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="40"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="100"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="102"/>
        <source>Interactions logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="103"/>
        <source>Tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="104"/>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="105"/>
        <source>Contacts untouched {n}+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="109"/>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="120"/>
        <source>Interactions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="121"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="121"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="134"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="137"/>
        <source>The first 100 of {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="142"/>
        <source>Cases opened · resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="143"/>
        <source>Median time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="144"/>
        <source>Cases open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="146"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="163"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="204"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="149"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="150"/>
        <source>Orders · average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="152"/>
        <source>New · returning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="154"/>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="156"/>
        <source>Average purchase interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="161"/>
        <source>Customers by RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="168"/>
        <source>Top customers by lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="170"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="192"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="218"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="171"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="172"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="196"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="221"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="173"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="189"/>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="191"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="193"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="194"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="195"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="214"/>
        <source>Up to 15 customers per segment, highest lifetime value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="216"/>
        <source>At risk: well past their usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="219"/>
        <source>Usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="220"/>
        <source>Days since last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="246"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="259"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="270"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="250"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="272"/>
        <source>Average CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="257"/>
        <source>NPS by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="264"/>
        <source>Satisfaction by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="267"/>
        <source>NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="268"/>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="269"/>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="271"/>
        <source>CSAT answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="300"/>
        <source>NPS = % promoters (9–10) − % detractors (0–6); CSAT is the 1–5 average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="82"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="88"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="89"/>
        <source>Pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="90"/>
        <source>Weighted forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="91"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="146"/>
        <source>Rotting deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="97"/>
        <source>Open value by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="107"/>
        <source>Weighted forecast by expected close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="114"/>
        <source>Open deals by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="115"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="150"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="173"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="149"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="115"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="128"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="143"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="156"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="115"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="128"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="151"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="175"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="163"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="115"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="128"/>
        <source>Weighted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="127"/>
        <source>Forecast by expected close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="266"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="128"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="148"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="171"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="163"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="149"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="172"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="163"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="152"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="169"/>
        <source>Appendix: all deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="174"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="176"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="69"/>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="118"/>
        <source>Sales performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="121"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="122"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="123"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="124"/>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="125"/>
        <source>Average sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="129"/>
        <source>Stage conversion (deals created in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="133"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="149"/>
        <source>Went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="141"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="156"/>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="148"/>
        <source>Stage-to-stage conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="149"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="149"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="156"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="162"/>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="163"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="181"/>
        <source>Leads → customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="184"/>
        <source>Median time to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="190"/>
        <source>Lead funnel by source (leads created in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="193"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="203"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="194"/>
        <source>Became customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="200"/>
        <source>Lead funnel by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="202"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="205"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="206"/>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="223"/>
        <source>Contacts created as leads in the period, how many have become customers since (by a purchase, a won deal or by hand), and the median days that took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/cycle_figures.py" line="60"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/cycle_figures.py" line="70"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="182"/>
        <source>Generated {when} by DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="218"/>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="230"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
