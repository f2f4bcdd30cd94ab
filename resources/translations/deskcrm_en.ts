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
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="60"/>
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
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="40"/>
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
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="33"/>
        <location filename="../../src/deskcrm/ui/i18n.py" line="49"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="27"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="51"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="94"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="34"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="29"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="52"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="95"/>
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
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="53"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="42"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="15"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="31"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="37"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="107"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="54"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="43"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="16"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="38"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="113"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="116"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="58"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="46"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="126"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="54"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="103"/>
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
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="97"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="47"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="33"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="98"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="48"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="34"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="99"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="110"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="49"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="36"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="13"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="26"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="100"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="50"/>
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
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="52"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="41"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="108"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="55"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="44"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="99"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="109"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="56"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="32"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="97"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="110"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="57"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="100"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="111"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="45"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="98"/>
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
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="153"/>
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
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="42"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="31"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="43"/>
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
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="46"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="27"/>
        <source>Shown on printed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="32"/>
        <source>Country assumed for phone numbers typed without +code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="37"/>
        <source>An image for report headers (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="44"/>
        <source>Every day at first start (7 daily, 4 weekly, 12 monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="46"/>
        <source>Only before upgrades and when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="50"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="55"/>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="57"/>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="58"/>
        <source>Report logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="59"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="61"/>
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
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="119"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="25"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="120"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="25"/>
        <source>Priority</source>
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
        <location filename="../../src/deskcrm/ui/i18n.py" line="45"/>
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
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="63"/>
        <source>DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="69"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="78"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="79"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="112"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="80"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="481"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="482"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="276"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="81"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="145"/>
        <source>New &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="147"/>
        <source>New Com&amp;pany…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="149"/>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="151"/>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="152"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="156"/>
        <source>Contacts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="157"/>
        <source>Contacts as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="158"/>
        <source>Deals as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="159"/>
        <source>Open tasks as iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="160"/>
        <source>Everything as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="164"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="166"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="172"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="175"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="178"/>
        <source>Deleted {things}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="180"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="417"/>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="182"/>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="185"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="186"/>
        <source>C&amp;ompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="187"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="188"/>
        <source>&amp;About DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="192"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="196"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="202"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="208"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="210"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="338"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="345"/>
        <source>&lt;b&gt;DeskCRM {version}&lt;/b&gt;&lt;br&gt;A local-first desktop CRM.&lt;br&gt;&lt;br&gt;Data file: {path}&lt;br&gt;Licence: GNU General Public License, version 3 or later.&lt;br&gt;Reports embed DejaVu Sans (Bitstream Vera licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="373"/>
        <source>Daily backup made and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="390"/>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCards (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="409"/>
        <source>Import {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="432"/>
        <source>Merged {n} contacts — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="438"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="460"/>
        <source>Exported {n} records to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="481"/>
        <source>Tasks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="482"/>
        <source>{n} overdue tasks</source>
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
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="57"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <source>Get in touch with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="178"/>
        <source>last contacted {n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="180"/>
        <source>{name} (every {n} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="191"/>
        <source>Move “{title}” on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="193"/>
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
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="82"/>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="104"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="46"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="83"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="41"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="42"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="43"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="51"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="53"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="96"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="59"/>
        <source>Follow up every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="65"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="79"/>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="120"/>
        <source>Emails, phones and tags of both are kept. Timeline, purchases, deals and tasks move to the contact you keep; the other goes to the trash. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="133"/>
        <source>Keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="134"/>
        <source>Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="135"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="248"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="169"/>
        <source>{n} possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="171"/>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="209"/>
        <source>Keep: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="210"/>
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
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="44"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="87"/>
        <source>Log it on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="101"/>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="102"/>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="133"/>
        <source>Record purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="145"/>
        <source>Add deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="165"/>
        <source>Select a contact to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="179"/>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="228"/>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="265"/>
        <source>{n} purchases · lifetime value {value} · last {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="270"/>
        <source>No purchases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="273"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="274"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="275"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="114"/>
        <source>Any lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="36"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="119"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="290"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="120"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="121"/>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="141"/>
        <source>Contacts in the trash can be restored or deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="86"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="259"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="211"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="17"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="290"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="294"/>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="296"/>
        <source>Search names, emails, phones, companies, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="329"/>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="329"/>
        <source>{n} companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="332"/>
        <source>{n} in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="335"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="335"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="382"/>
        <source>Restore {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="398"/>
        <source>Delete {n} contacts in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="406"/>
        <source>Deleted {n} contacts for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="417"/>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="418"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="418"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="421"/>
        <source>Delete {n} {things}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="420"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="423"/>
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
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="387"/>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="404"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="89"/>
        <source>{file}: {rows} rows, {encoding}, separated by “{delimiter}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="104"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="110"/>
        <source>Skip invalid rows (they are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="111"/>
        <source>Merge duplicates into the existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="117"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="118"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="119"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="165"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="165"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="181"/>
        <source>Would import {n} new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="183"/>
        <source>Imported {n} new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="185"/>
        <source>{n} duplicates ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="187"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="187"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="189"/>
        <source>{n} invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="204"/>
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
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="181"/>
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
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="201"/>
        <source>Task snoozed — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="211"/>
        <source>Task moved to the trash — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="227"/>
        <source>Will add </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="242"/>
        <source>Added </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="258"/>
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
        <source>At most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts.py" line="117"/>
        <source>Between 1 and 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts.py" line="325"/>
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
        <location filename="../../src/deskcrm/services/timeline.py" line="132"/>
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
        <location filename="../../src/deskcrm/services/tasks.py" line="141"/>
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
        <location filename="../../src/deskcrm/services/pipeline.py" line="240"/>
        <source>The deal is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline.py" line="297"/>
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
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="316"/>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="62"/>
        <source>Use a three-letter ISO code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="65"/>
        <source>Use a two-letter country code such as DE or US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="67"/>
        <source>A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="72"/>
        <source>system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/settings.py" line="74"/>
        <source>daily or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="128"/>
        <location filename="../../src/deskcrm/services/tasks.py" line="184"/>
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="130"/>
        <source>Priority is 0 (none) to 3 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="137"/>
        <source>A repeating task needs a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks.py" line="145"/>
        <source>That deal no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="68"/>
        <source>Write a short summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="134"/>
        <source>An amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="136"/>
        <source>At least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/timeline.py" line="139"/>
        <source>Say what was bought</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="99"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="101"/>
        <source>Interactions logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="102"/>
        <source>Tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="103"/>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="104"/>
        <source>Contacts untouched {n}+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="108"/>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="119"/>
        <source>Interactions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="120"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="120"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="133"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="136"/>
        <source>The first 100 of {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="144"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="161"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="147"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="148"/>
        <source>Orders · average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="150"/>
        <source>New · returning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="152"/>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="154"/>
        <source>Average purchase interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="159"/>
        <source>Customers by RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="166"/>
        <source>Top customers by lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="168"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="190"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="216"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="169"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="170"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="194"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="219"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="171"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="187"/>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="189"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="191"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="192"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="193"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="212"/>
        <source>Up to 15 customers per segment, highest lifetime value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="214"/>
        <source>At risk: well past their usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="217"/>
        <source>Usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="218"/>
        <source>Days since last</source>
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
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="148"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="115"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="128"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="142"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="155"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="115"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="128"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="151"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="175"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="162"/>
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
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="128"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="148"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="171"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="162"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="149"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="172"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="162"/>
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
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="68"/>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="117"/>
        <source>Sales performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="120"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="121"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="122"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="123"/>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="124"/>
        <source>Average sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="128"/>
        <source>Stage conversion (deals created in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="132"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="148"/>
        <source>Went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="140"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="155"/>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="147"/>
        <source>Stage-to-stage conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="148"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="148"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="155"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="161"/>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="162"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="181"/>
        <source>Generated {when} by DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="215"/>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="227"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
