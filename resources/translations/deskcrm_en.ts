<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="34"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="35"/>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="52"/>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="17"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="36"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="37"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="59"/>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="79"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="80"/>
        <source>Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="132"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="146"/>
        <source>Backed up to {name} ({size}); checking it fully…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/backups_dialog.py" line="161"/>
        <source>Backed up to {name} ({size}) and fully checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="29"/>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="35"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="144"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="30"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="124"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="44"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="143"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="31"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="33"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="127"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="35"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="36"/>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="45"/>
        <source>Closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/closed_deals_dialog.py" line="65"/>
        <source>Reopen into stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="26"/>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="117"/>
        <source>Edit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="41"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="190"/>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="41"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="29"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="42"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="14"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="79"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="31"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="32"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/bulk_actions.py" line="98"/>
        <source>Name the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/bulk_actions.py" line="146"/>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="100"/>
        <source>Say what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/bulk_actions.py" line="170"/>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="43"/>
        <location filename="../../src/deskcrm/ui/i18n.py" line="62"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="31"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="80"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="156"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="25"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="26"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="44"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="33"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="81"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="157"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="27"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="28"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="45"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="47"/>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="48"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="46"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="57"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="49"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="194"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="15"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="35"/>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="56"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="47"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="58"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="50"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="195"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="16"/>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="60"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="48"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="131"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="62"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="53"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="148"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="131"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="84"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="167"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="35"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="78"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="465"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="151"/>
        <source>&amp;More name fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="157"/>
        <source>Dr., Ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="160"/>
        <source>Jr., PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="175"/>
        <source>+ Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="175"/>
        <source>anna@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="177"/>
        <source>+ Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="190"/>
        <source>+ Add website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="190"/>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="198"/>
        <source>Website, referral, trade fair …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="200"/>
        <source>VIP, Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="205"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="206"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="185"/>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="83"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="215"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="216"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="224"/>
        <source>P&amp;refix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="225"/>
        <source>M&amp;iddle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="226"/>
        <source>Suffi&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="227"/>
        <source>&amp;Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="228"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="229"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="230"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="231"/>
        <source>&amp;Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="233"/>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="237"/>
        <source>&amp;Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="239"/>
        <source>&amp;Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="241"/>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="243"/>
        <source>Anni&amp;versary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="245"/>
        <source>Lifec&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="246"/>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="247"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="248"/>
        <source>Stay in touc&amp;h every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="249"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="453"/>
        <source>Not saved: the form now shows the contact as it was last saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="457"/>
        <source>Not saved: someone else changed this contact after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="52"/>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="53"/>
        <source>with +country code, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="487"/>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="489"/>
        <source>Check this number ({where}): {numbers} — it is saved as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="515"/>
        <source>To check ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="51"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="40"/>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="51"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="18"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="52"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="41"/>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="52"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="19"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="125"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="53"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="43"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="196"/>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="13"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="30"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="22"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="54"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="44"/>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="57"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="23"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="45"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="46"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="56"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="48"/>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="54"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="59"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="51"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="162"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="33"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="60"/>
        <location filename="../../src/deskcrm/ui/models/contact_table_model.py" line="36"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="170"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="160"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="61"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="164"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="52"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="161"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="36"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="364"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="46"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="236"/>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="111"/>
        <source>e.g. 4,800.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="116"/>
        <source>Stage default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="117"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="123"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="140"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="126"/>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="14"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="128"/>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="44"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="129"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="130"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="137"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="250"/>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="139"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="49"/>
        <source>What happened, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="53"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="54"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="55"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="114"/>
        <source>Log {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/interaction_dialog.py" line="127"/>
        <source>Edit {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="23"/>
        <source>Mark deal as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="31"/>
        <source>Pick or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="32"/>
        <source>Add a new reason to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="34"/>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/lost_reason_dialog.py" line="36"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/pdf_preview_dialog.py" line="89"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="106"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="26"/>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="80"/>
        <source>Record purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="33"/>
        <source>What was bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="37"/>
        <source>Total, e.g. 49.90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="40"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="69"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="41"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="70"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="42"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/purchase_dialog.py" line="43"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="73"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="48"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="52"/>
        <source>Shown on printed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="26"/>
        <source>Not a country DeskCRM knows: type its name (Switzerland, Schweiz) or its two-letter code (CH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="31"/>
        <source>No country for phone numbers: this computer&apos;s language settings name none. Numbers without +code are kept as typed and marked to check, unless the contact has a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="36"/>
        <source> (from this computer&apos;s language settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="39"/>
        <source>Numbers without +code are read as {region}{source}, e.g. {example}, unless the contact has a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="57"/>
        <source>Country or code, e.g. Switzerland or CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Country assumed for phone numbers typed without +code when the contact has no country (its name or two-letter code); empty: numbers need their +code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="70"/>
        <source>An image for report headers (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="77"/>
        <source>Every day at first start (7 daily, 4 weekly, 12 monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="79"/>
        <source>Only before upgrades and when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="86"/>
        <source>An open support case nobody has answered for this long shows as a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="95"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="96"/>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="97"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="103"/>
        <source>Report logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="104"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Answer support cases within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="29"/>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="54"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="55"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="56"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="165"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="57"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="167"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="64"/>
        <source>Pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/stages_dialog.py" line="65"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="71"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="271"/>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="71"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="258"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="113"/>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="117"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="133"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="19"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="351"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="19"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="351"/>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="36"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="45"/>
        <source>Pick or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="46"/>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="69"/>
        <source>Pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="77"/>
        <source>Create a follow-up task for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="78"/>
        <source>Create tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="79"/>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="87"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="141"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="29"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="110"/>
        <source>Email contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="111"/>
        <source>Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="113"/>
        <source>Subject (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="114"/>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="115"/>
        <source>To (BCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="120"/>
        <source>{n} without an email address are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="123"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="124"/>
        <source>Log on each contact as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="137"/>
        <source>Say what to log, e.g. Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="29"/>
        <source>Open a support case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="34"/>
        <source>e.g. Kettle leaks after two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="47"/>
        <source>What the customer told you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="49"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="51"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="52"/>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="142"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="29"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="124"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="53"/>
        <source>Their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="75"/>
        <source>Nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="79"/>
        <source>Deal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="82"/>
        <source>Purchase: {item} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="90"/>
        <source>Pick the customer from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="105"/>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="145"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="146"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/task_dialog.py" line="147"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="42"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="72"/>
        <source>Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="73"/>
        <source>Delete selected for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/trash_dialog.py" line="125"/>
        <source>Restore {n} {things}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="23"/>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="25"/>
        <source>Welcome to DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="29"/>
        <source>Your contacts, deals and tasks live in one file on this computer, or, when several people or machines share them, on a PostgreSQL server you run. Import your contacts (CSV or vCard from Google, Outlook, Apple, Thunderbird or a spreadsheet), start empty, or look around first with realistic demo data — the demo gets its own database, so nothing mixes with your real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="41"/>
        <source>Change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="44"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="45"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="46"/>
        <source>Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="47"/>
        <source>Open a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/welcome_dialog.py" line="49"/>
        <source>Use a database on a PostgreSQL server instead of the file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="48"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="49"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="50"/>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="51"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="52"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="53"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="54"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="55"/>
        <source>Rotting deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="56"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="57"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/i18n.py" line="70"/>
        <source>{n} answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/i18n.py" line="71"/>
        <source>{days} day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/case_dialog.py" line="50"/>
        <location filename="../../src/deskcrm/ui/i18n.py" line="58"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="44"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="122"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="59"/>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="60"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="44"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="65"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="61"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/i18n.py" line="63"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="95"/>
        <source>DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="108"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/view_stack.py" line="31"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="126"/>
        <location filename="../../src/deskcrm/ui/views/view_stack.py" line="32"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="472"/>
        <location filename="../../src/deskcrm/ui/views/view_stack.py" line="33"/>
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="48"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/view_stack.py" line="34"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="473"/>
        <location filename="../../src/deskcrm/ui/views/view_stack.py" line="35"/>
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="56"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="156"/>
        <source>New &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="158"/>
        <source>New Com&amp;pany…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="160"/>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="162"/>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="163"/>
        <source>Import &amp;Feedback (CSAT/NPS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="164"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="27"/>
        <source>Contacts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="28"/>
        <source>Contacts as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="29"/>
        <source>Deals as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="30"/>
        <source>Open tasks as iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="31"/>
        <source>Everything as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="95"/>
        <source>Import %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="166"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="168"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="170"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="172"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="173"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="176"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="177"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="180"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="116"/>
        <source>Deleted {things}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="31"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="660"/>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="33"/>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="34"/>
        <source>support cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="97"/>
        <source>Database &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="98"/>
        <source>&amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="99"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="100"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="102"/>
        <source>An empty database file of its own: another business, a fresh start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="105"/>
        <source>&amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="107"/>
        <source>Sample customers, deals and tasks to try things on, in a file of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="168"/>
        <source>Open a Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="170"/>
        <source>DeskCRM databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="180"/>
        <source>New Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="182"/>
        <source>DeskCRM databases (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="193"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="195"/>
        <source>{path} already exists: File ▸ Open opens it; a new database needs a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="217"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="182"/>
        <source>&amp;Go to Anything…</source>
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
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="189"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="194"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="198"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="206"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="212"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="220"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="222"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/mainwindow.py" line="350"/>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="241"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/about_dialog.py" line="17"/>
        <source>&lt;b&gt;DeskCRM {version}&lt;/b&gt;&lt;br&gt;A local-first desktop CRM.&lt;br&gt;&lt;br&gt;Data file: {path}&lt;br&gt;Licence: GNU General Public License, version 3 or later.&lt;br&gt;Reports embed DejaVu Sans (Bitstream Vera licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="137"/>
        <source>Daily backup made and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="74"/>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCards (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/controllers/duplicates.py" line="51"/>
        <source>Merged %n contact(s) — Ctrl+Z to undo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/duplicates.py" line="68"/>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/duplicates.py" line="80"/>
        <source>Mark as not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="35"/>
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="49"/>
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="64"/>
        <source>Import feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="37"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="52"/>
        <source>Added %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="54"/>
        <source>from %n row(s) of {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="59"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/support.py" line="61"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="113"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="272"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="138"/>
        <source>Exported {n} records to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="48"/>
        <source>Tasks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="49"/>
        <source>%n overdue task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="58"/>
        <source>%n case(s) waiting too long for a reply</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="56"/>
        <source>Cases ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="60"/>
        <source>Support cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/company_table_model.py" line="17"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="117"/>
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
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="49"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/stage_draft_model.py" line="57"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/bulk_dialogs.py" line="86"/>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="29"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="29"/>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="211"/>
        <source>Answer {name}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="213"/>
        <source>waiting %n day(s) for a reply</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="218"/>
        <source>Get back to {name}, who is unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="221"/>
        <source>answered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="223"/>
        <source>answered yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="224"/>
        <source>answered %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="233"/>
        <source>last contacted %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="235"/>
        <source>{name} (every %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="229"/>
        <source>Get in touch with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="246"/>
        <source>Move “{title}” on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/task_tree_model.py" line="248"/>
        <source>{n} days in {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/reminders.py" line="37"/>
        <location filename="../../src/deskcrm/ui/reminders.py" line="70"/>
        <location filename="../../src/deskcrm/ui/widgets/navigation_rail.py" line="49"/>
        <source>No overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/reminders.py" line="39"/>
        <source>Open DeskCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="71"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="137"/>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="115"/>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="190"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="43"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="45"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="48"/>
        <source>Open and waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="50"/>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="153"/>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="51"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="52"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="95"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="97"/>
        <source>Search cases and customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="101"/>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="112"/>
        <source>resolved {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="114"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="117"/>
        <source>waiting %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="118"/>
        <source>OVERDUE · {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="121"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="123"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="125"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="127"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="151"/>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="155"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="157"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="159"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="73"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="139"/>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="116"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="169"/>
        <source>Write a reply or a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="172"/>
        <source>Add my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="173"/>
        <source>Add customer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="174"/>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="182"/>
        <source>Select a case to see its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="259"/>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="259"/>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="315"/>
        <source>{customer}{about} · {status} · opened {opened}{closed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="321"/>
        <source> · resolved {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="354"/>
        <source>Case {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="357"/>
        <source>“{title}” is now {status} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="366"/>
        <source>Write the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="375"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/cases_view.py" line="383"/>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="45"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="46"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="47"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="55"/>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="82"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="158"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="29"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="30"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="63"/>
        <source>Follow up every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="69"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="93"/>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="136"/>
        <source>Emails, phones and tags of both are kept. Timeline, purchases, deals and tasks move to the contact you keep; the other goes to the trash. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="149"/>
        <source>Keep the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="150"/>
        <source>Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="151"/>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="296"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="190"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="212"/>
        <source>{total} possible duplicates; the surest {n} are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="217"/>
        <source>{n} possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="209"/>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="254"/>
        <source>Keep: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/duplicates_dialog.py" line="255"/>
        <source>Merge in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="42"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="66"/>
        <source>Open in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="43"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="64"/>
        <source>Write an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="83"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="105"/>
        <source>Double-click a deal to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="109"/>
        <source>Double-click an entry to read or edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="120"/>
        <source>Select a company to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="188"/>
        <source>People ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="189"/>
        <source>Deals ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="190"/>
        <source>Timeline ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="192"/>
        <source>What its people have bought (recorded purchases), per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="71"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="50"/>
        <source>Whole name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="145"/>
        <source>Log it on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="155"/>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="159"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="163"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="34"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="165"/>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="166"/>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="200"/>
        <source>Double-click or press Enter to open an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="201"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="204"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="228"/>
        <source>Record purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="241"/>
        <source>Add deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="260"/>
        <source>Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="269"/>
        <source>Record feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="271"/>
        <source>Delete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="294"/>
        <source>Select a contact to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="315"/>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="64"/>
        <source>Double-click (or F2) to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="65"/>
        <source>Double-click to change the job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="384"/>
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="388"/>
        <source>{stage} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="433"/>
        <source>To check ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="461"/>
        <source>{n} purchases · lifetime value {value} · last {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="466"/>
        <source>No purchases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="54"/>
        <source>Rename contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="58"/>
        <source>Change job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="160"/>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="167"/>
        <source>This contact is gone (deleted elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="169"/>
        <source>Not saved: someone else changed this contact meanwhile. Esc, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="119"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="469"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="470"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/company_detail.py" line="118"/>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="471"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_detail.py" line="474"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="157"/>
        <source>Any lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="78"/>
        <location filename="../../src/deskcrm/ui/dialogs/contact_dialog.py" line="436"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="170"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="446"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="172"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="174"/>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="196"/>
        <source>Contacts in the trash can be restored or deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="113"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="359"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="231"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="26"/>
        <location filename="../../src/deskcrm/ui/dialogs/company_dialog.py" line="103"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="446"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="450"/>
        <source>Search companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="452"/>
        <source>Search names, emails, phones, companies, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="548"/>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="548"/>
        <source>{n} companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="551"/>
        <source>{n} in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="556"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="556"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="632"/>
        <source>Delete {n} contacts in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="565"/>
        <source>{chosen} of {n} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="142"/>
        <source>Search names, emails, phones, companies, notes  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="249"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="553"/>
        <source>{n}+ in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="558"/>
        <source>{n}+ people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="617"/>
        <source>Restore %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="640"/>
        <source>Deleted %n contact(s) for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="660"/>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="661"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="661"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="662"/>
        <source>timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="662"/>
        <source>timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="663"/>
        <source>feedback answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="663"/>
        <source>feedback answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="666"/>
        <source>Delete {n} {things}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="107"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="105"/>
        <location filename="../../src/deskcrm/ui/views/contacts_view.py" line="668"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="489"/>
        <source>{action} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="103"/>
        <source>Filter deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="104"/>
        <source>Matches deal titles and notes, contact and company names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="107"/>
        <source>Any contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="111"/>
        <source>min value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="114"/>
        <source>max value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="118"/>
        <source>Rotting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="119"/>
        <source>Only deals that sat in their stage past its rotting days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="169"/>
        <source>Mark won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="170"/>
        <source>Mark lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="46"/>
        <location filename="../../src/deskcrm/ui/dialogs/deal_dialog.py" line="223"/>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="120"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="122"/>
        <source>Closed deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="123"/>
        <source>Edit stages and name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="124"/>
        <source>New pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="143"/>
        <source>Drop here: Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="144"/>
        <source>Drop here: Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="160"/>
        <source>Move to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="163"/>
        <source>Move to previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="173"/>
        <source>Edit deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="339"/>
        <source>{n} open deals · total {total} · weighted forecast {weighted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="389"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="391"/>
        <source>Move deal to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="420"/>
        <source>Mark deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="430"/>
        <source>Mark deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="457"/>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="458"/>
        <source>Deal moved to the trash — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="543"/>
        <source>Add deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="558"/>
        <source>Reopen deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/pipeline_view.py" line="578"/>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="99"/>
        <source>Appendix: every deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="100"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="102"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="104"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="42"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="71"/>
        <location filename="../../src/deskcrm/ui/controllers/import_export.py" line="89"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="97"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="112"/>
        <source>{file}: {rows} rows, {encoding}, separated by “{delimiter}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="131"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="110"/>
        <source>{file}: {rows} cards, {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="139"/>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="203"/>
        <source>Not imported: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="143"/>
        <source>Merge duplicates into the existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="149"/>
        <source>Nothing to check: every record was read as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="155"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="156"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="157"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="112"/>
        <location filename="../../src/deskcrm/ui/widgets/inline_rows_editor.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="225"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="225"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="251"/>
        <source>Would import %n new contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="253"/>
        <source>Imported %n new contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="256"/>
        <source>%n new (company|companies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="259"/>
        <source>%n duplicate(s) merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="261"/>
        <source>%n duplicate(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="273"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="292"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="322"/>
        <source>%n record(s) with nothing to import (left out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="324"/>
        <source>%n phone number(s) kept as written, to check</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="326"/>
        <source>%n value(s) kept as written, to check</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="328"/>
        <source>%n vCard line(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="330"/>
        <source>%n record(s) of contacts you already have (skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="332"/>
        <source>%n vCard (property|properties) not imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="333"/>
        <source>%n column(s) not imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/import_dialog.py" line="297"/>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="160"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="233"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="233"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="298"/>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="332"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="338"/>
        <source>Sent %n page(s) to the printer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="350"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="351"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="366"/>
        <source>Choose “Custom” to type dates of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="56"/>
        <source>+ Add deal (type a title, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="81"/>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="83"/>
        <source>{n} {deals} · {p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="89"/>
        <source>weighted {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/controllers/storage.py" line="32"/>
        <location filename="../../src/deskcrm/ui/views/stage_column.py" line="81"/>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="165"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="188"/>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="193"/>
        <source>+1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="194"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="195"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="203"/>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="382"/>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="216"/>
        <source>Snooze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="374"/>
        <source>Snooze task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="375"/>
        <source>Task snoozed — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="383"/>
        <source>Task moved to the trash — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="406"/>
        <source>Will add </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="422"/>
        <source>Added </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="423"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="447"/>
        <source>Complete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="448"/>
        <source> — the next one is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="449"/>
        <source>Task done{note} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="451"/>
        <source>Reopen task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/tasks_view.py" line="462"/>
        <source>Rename task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/contact_picker.py" line="24"/>
        <source>Type a name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/form_dialog.py" line="91"/>
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
        <location filename="../../src/deskcrm/ui/theme.py" line="20"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/theme.py" line="21"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/theme.py" line="22"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/domain/validation.py" line="195"/>
        <source>A first or last name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/companies.py" line="60"/>
        <source>A company name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/companies.py" line="62"/>
        <location filename="../../src/deskcrm/services/contacts/segments.py" line="128"/>
        <source>At most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/contacts.py" line="180"/>
        <source>Between 1 and 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/contacts.py" line="435"/>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="65"/>
        <source>That company no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="47"/>
        <source>A deal needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/timeline.py" line="164"/>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="50"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="278"/>
        <source>Use a three-letter ISO code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="52"/>
        <source>A value cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="54"/>
        <source>Between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="57"/>
        <source>Pick a stage of the deal&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="61"/>
        <location filename="../../src/deskcrm/services/tasks/tasks.py" line="97"/>
        <source>That contact no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="87"/>
        <source>New deals start in an open stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/deals.py" line="125"/>
        <source>Close a deal with Won or Lost instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline.py" line="172"/>
        <source>Reopen a closed deal before moving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline.py" line="200"/>
        <source>Say why the deal was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline.py" line="215"/>
        <source>The deal is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline.py" line="224"/>
        <source>Pick an open stage of the deal&apos;s pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline.py" line="272"/>
        <source>The deal is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline.py" line="331"/>
        <source>That card is in another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline_settings.py" line="56"/>
        <location filename="../../src/deskcrm/services/pipeline/pipeline_settings.py" line="80"/>
        <source>A pipeline needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline_settings.py" line="95"/>
        <source>The last pipeline cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/pipeline/pipeline_settings.py" line="119"/>
        <source>A stage being edited no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="323"/>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/storage/settings.py" line="110"/>
        <source>Use a three-letter ISO code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/storage/settings.py" line="114"/>
        <source>Use a two-letter country code such as DE or US, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/storage/settings.py" line="117"/>
        <source>A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/storage/settings.py" line="122"/>
        <source>system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/storage/settings.py" line="124"/>
        <source>daily or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/storage/settings.py" line="126"/>
        <source>Between 1 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks/tasks.py" line="84"/>
        <location filename="../../src/deskcrm/services/tasks/tasks.py" line="149"/>
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks/tasks.py" line="86"/>
        <source>Priority is 0 (none) to 3 (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks/tasks.py" line="93"/>
        <source>A repeating task needs a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/tasks/tasks.py" line="101"/>
        <source>That deal no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/timeline.py" line="277"/>
        <source>Write a short summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/timeline.py" line="166"/>
        <source>An amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/timeline.py" line="168"/>
        <source>At least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/timeline.py" line="171"/>
        <source>Say what was bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/support/cases.py" line="105"/>
        <source>Say what the problem is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/support/cases.py" line="107"/>
        <source>Pick a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/support/cases.py" line="113"/>
        <source>Pick a contact who is not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/support/cases.py" line="121"/>
        <source>That is not this customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/support/cases.py" line="158"/>
        <source>Write the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/support/feedback.py" line="48"/>
        <source>Use CSAT or NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/support/feedback.py" line="51"/>
        <source>{kind} scores go from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/segments.py" line="126"/>
        <source>Give the segment a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/contacts/segments.py" line="148"/>
        <source>A segment named “{name}” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="29"/>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="81"/>
        <source>Record feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="35"/>
        <source>NPS — how likely to recommend us (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="36"/>
        <source>CSAT — how satisfied (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="44"/>
        <source>What they said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="45"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="46"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="47"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/feedback_dialog.py" line="48"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="67"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="145"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="171"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="173"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="179"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="98"/>
        <source>Edit segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="98"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="119"/>
        <source>e.g. Bought twice, not since spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="146"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="148"/>
        <source>on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="147"/>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="149"/>
        <source>on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="180"/>
        <source>has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="181"/>
        <source>has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="191"/>
        <source>Has any of the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="192"/>
        <source>Has none of the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="193"/>
        <source>Lifecycle (any ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="197"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="198"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="200"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="203"/>
        <source>Purchases (from – to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="212"/>
        <source>Lifetime value (from – to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="214"/>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="215"/>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="216"/>
        <source>Not contacted for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="217"/>
        <source>Contacts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="283"/>
        <source>“{text}” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="326"/>
        <source>Fix the conditions marked in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/segment_dialog.py" line="332"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/segment_list_model.py" line="109"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/segment_list_model.py" line="114"/>
        <source>{name}: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/models/segment_list_model.py" line="115"/>
        <source>{name}: {n} contacts match this segment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="52"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="60"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="61"/>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="62"/>
        <source>Change lifecycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="63"/>
        <source>Create follow-up task for each…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="64"/>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="67"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="68"/>
        <source>Export as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="89"/>
        <source>For {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="89"/>
        <source>For 1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="102"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="125"/>
        <location filename="../../src/deskcrm/ui/views/reports_view.py" line="227"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="146"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="146"/>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="158"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="151"/>
        <source>Tagging %n contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="153"/>
        <source>Tagged %n contact(s) “{tag}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="162"/>
        <source>Removing the tag from %n contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="164"/>
        <source>Removed “{tag}” from %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="174"/>
        <source>Moving %n contact(s) to {stage}…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="176"/>
        <source>Moved %n contact(s) to {stage}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="186"/>
        <source>Creating %n task(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="188"/>
        <source>Created %n follow-up task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="211"/>
        <source>Logging the email on %n contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="214"/>
        <source>Opened %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="216"/>
        <source>to %n contact(s) and logged the email</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="261"/>
        <source>Exported %n contact(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="266"/>
        <source>Exporting %n contact(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="158"/>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="170"/>
        <source>Change lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="194"/>
        <source>None of these contacts has an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="226"/>
        <source>Your mail application could not be opened, so no message was written and no email was logged on the {n} contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="231"/>
        <source>{failed} of {m} messages could not be opened in your mail application. Nothing was logged on their {n} contacts; the email is logged only on the contacts of the messages that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="238"/>
        <source>Email not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/bulk_actions_button.py" line="245"/>
        <source>Check that a default mail application is set in your system&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="47"/>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="113"/>
        <source>New segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/segment_sidebar.py" line="52"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/server_dialog.py" line="31"/>
        <source>Open a Server Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/server_dialog.py" line="40"/>
        <source>e.g. deskcrm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/server_dialog.py" line="46"/>
        <source>A PostgreSQL database made for DeskCRM by its administrator (empty, or already holding DeskCRM&apos;s records). The password comes from ~/.pgpass or $PGPASSWORD; if the server still asks, DeskCRM asks you and never saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/server_dialog.py" line="54"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/server_dialog.py" line="55"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/server_dialog.py" line="56"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/server_dialog.py" line="57"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/taskmanager.py" line="125"/>
        <source>Still working on the last request; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/undo.py" line="223"/>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/undo.py" line="230"/>
        <source>Redone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/undo.py" line="295"/>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="32"/>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="35"/>
        <source>Apt., suite, c/o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="40"/>
        <source>State, province, county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="50"/>
        <source>Line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="52"/>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="58"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/address_editor.py" line="124"/>
        <source>+ Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="25"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="28"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="36"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="44"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="25"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="29"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="44"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="25"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="32"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="42"/>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="44"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="27"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="30"/>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="31"/>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="35"/>
        <source>homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="37"/>
        <source>blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="38"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="39"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="40"/>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="41"/>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="77"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="80"/>
        <source>Pick a label or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/labelled_rows.py" line="121"/>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/partial_date_edit.py" line="37"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/partial_date_edit.py" line="40"/>
        <source>Year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/partial_date_edit.py" line="41"/>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/report_chart.py" line="77"/>
        <source>Week {week} of {year}, from Monday {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/report_chart.py" line="84"/>
        <source>Weeks by their Monday, {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="21"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/views/contact_heading_edit.py" line="57"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="24"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="63"/>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="129"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="65"/>
        <source>Drop this value from the contact when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/unparsed_list.py" line="129"/>
        <source>Undo dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="45"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="50"/>
        <source>“{name}” was changed and saved by someone else (another window, a colleague, the deskcrm command) after you opened it. Nothing of yours is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="57"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="57"/>
        <source>Saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="57"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="75"/>
        <source>Your form and the saved version now agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="152"/>
        <source>Not saved: the form now shows what was last saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="156"/>
        <source>Not saved: someone else changed this after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="77"/>
        <source>&amp;Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="78"/>
        <source>&amp;Load the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/edit_conflict_dialog.py" line="79"/>
        <source>&amp;Back to my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/command_palette.py" line="89"/>
        <source>Go to anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/command_palette.py" line="95"/>
        <source>Find a contact, company, deal, task, case, note — or a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/command_palette.py" line="103"/>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/shortcuts_dialog.py" line="147"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/shortcuts_dialog.py" line="149"/>
        <source>Filter: type a word or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/shortcuts_dialog.py" line="153"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/dialogs/shortcuts_dialog.py" line="153"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/column_chooser.py" line="67"/>
        <source>(column {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/column_chooser.py" line="74"/>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/inline_editor.py" line="75"/>
        <source>{field} — Enter saves, Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/inline_rows_editor.py" line="38"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/inline_rows_editor.py" line="41"/>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/ui/widgets/inline_rows_editor.py" line="45"/>
        <source>Leave unchanged (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="72"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="74"/>
        <source>Interactions logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="75"/>
        <source>Tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="77"/>
        <source>Tasks overdue now · of them due in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="80"/>
        <source>Tasks overdue now: the same count as the Tasks view and the Tasks badge, at {time}; of them, those due between the period&apos;s first and last day. {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="84"/>
        <source>Contacts untouched {n}+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="88"/>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="99"/>
        <source>Interactions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="100"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="100"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="114"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="118"/>
        <source>The first 100 of {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="123"/>
        <source>Cases opened · resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="124"/>
        <source>Median time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/activity_report.py" line="125"/>
        <source>Cases open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="116"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="145"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="168"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="119"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="120"/>
        <source>Orders · average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="122"/>
        <source>New · returning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="125"/>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="128"/>
        <source>Repeat purchase rate: of the customers who bought in the period, the share who bought at least twice in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="133"/>
        <source>Average purchase interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="136"/>
        <source>Average purchase interval: the days from one purchase to the same customer&apos;s next, both in the period, averaged over every such pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="143"/>
        <source>Customers by RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="150"/>
        <source>Top customers by lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="152"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="180"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="209"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="153"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="154"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="184"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="212"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="155"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="163"/>
        <source>All time: lifetime value counts every purchase up to {date}, not only the period&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="177"/>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="179"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="181"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="182"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="183"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="203"/>
        <source>All time: scored on every purchase up to {date}. Up to 15 customers per segment, highest lifetime value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="207"/>
        <source>At risk: well past their usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="210"/>
        <source>Usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="211"/>
        <source>Days since last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="217"/>
        <source>All time: a customer&apos;s usual interval is from all their purchases up to {date}; at risk when more than twice that has passed since the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="242"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="257"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="268"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="248"/>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="270"/>
        <source>Average CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="255"/>
        <source>NPS by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="262"/>
        <source>Satisfaction by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="265"/>
        <source>NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="266"/>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="267"/>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="269"/>
        <source>CSAT answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="295"/>
        <source>NPS = % promoters (9–10) − % detractors (0–6); CSAT is the 1–5 average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="73"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="79"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="80"/>
        <source>Pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="81"/>
        <source>Weighted forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="82"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="136"/>
        <source>Rotting deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="88"/>
        <source>Open value by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="98"/>
        <source>Weighted forecast by expected close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="105"/>
        <source>Open deals by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="106"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="140"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="165"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="112"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="106"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="121"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="106"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="120"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="106"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="121"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="141"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="167"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="125"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="106"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="121"/>
        <source>Weighted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="120"/>
        <source>Forecast by expected close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/customers_report.py" line="264"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="121"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="138"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="163"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="125"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="139"/>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="164"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="125"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="142"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="161"/>
        <source>Appendix: all deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="166"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pipeline_report.py" line="168"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="61"/>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="81"/>
        <source>Sales performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="84"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="85"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="86"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="87"/>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="88"/>
        <source>Average sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="92"/>
        <source>Stage conversion (deals created in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="96"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="112"/>
        <source>Went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="104"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="120"/>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="111"/>
        <source>Stage-to-stage conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="112"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="112"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="120"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="124"/>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="125"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="145"/>
        <source>Leads → customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="148"/>
        <source>Median time to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="154"/>
        <source>Lead funnel by source (leads created in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="157"/>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="167"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="158"/>
        <source>Became customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="164"/>
        <source>Lead funnel by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="166"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="169"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="170"/>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/sales_report.py" line="186"/>
        <source>Contacts created as leads in the period, how many have become customers since (by a purchase, a won deal or by hand), and the median days that took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/cycle_figures.py" line="42"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/cycle_figures.py" line="52"/>
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
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="221"/>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskcrm/services/reports/pdf.py" line="233"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
