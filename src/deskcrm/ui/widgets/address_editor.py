"""Labelled postal addresses (street, extended, PO box, postal code, city, region,
country), as many as a contact has, with add and remove."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.domain.contact_parts import PostalAddress
from deskcrm.ui.i18n import tr
from deskcrm.ui.text import plain_label
from deskcrm.ui.type_scale import SPACE, SPACE_TIGHT
from deskcrm.ui.widgets.labelled_rows import ADDRESS_LABELS, LabelCombo, small_button


class AddressBlock(QFrame):
    """One address: its label and remove button on top, the parts in a compact grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = LabelCombo(ADDRESS_LABELS, self)
        self.remove = small_button("✕", tr("Remove this address"), self)
        self.street = QLineEdit(self)
        self.extended = QLineEdit(self)
        self.extended.setPlaceholderText(tr("Apt., suite, c/o"))
        self.po_box = QLineEdit(self)
        self.postal_code = QLineEdit(self)
        self.city = QLineEdit(self)
        self.region = QLineEdit(self)
        self.region.setPlaceholderText(tr("State, province, county"))
        self.country = QLineEdit(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACE, SPACE, SPACE, SPACE)
        grid.setHorizontalSpacing(SPACE)
        grid.setVerticalSpacing(SPACE_TIGHT)
        grid.addWidget(self.label, 0, 1)
        grid.addWidget(self.remove, 0, 3, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(plain_label(tr("Street")), 1, 0)
        grid.addWidget(self.street, 1, 1, 1, 4)
        grid.addWidget(plain_label(tr("Line 2")), 2, 0)
        grid.addWidget(self.extended, 2, 1)
        grid.addWidget(plain_label(tr("PO box")), 2, 2)
        grid.addWidget(self.po_box, 2, 3, 1, 2)
        grid.addWidget(plain_label(tr("Postal code")), 3, 0)
        grid.addWidget(self.postal_code, 3, 1)
        grid.addWidget(plain_label(tr("City")), 3, 2)
        grid.addWidget(self.city, 3, 3, 1, 2)
        grid.addWidget(plain_label(tr("Region")), 4, 0)
        grid.addWidget(self.region, 4, 1)
        grid.addWidget(plain_label(tr("Country")), 4, 2)
        grid.addWidget(self.country, 4, 3, 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)

    def set_address(self, address: PostalAddress) -> None:
        self.label.set_label(address.label)
        self.street.setText(address.street)
        self.extended.setText(address.extended)
        self.po_box.setText(address.po_box)
        self.postal_code.setText(address.postal_code)
        self.city.setText(address.city)
        self.region.setText(address.region)
        self.country.setText(address.country)

    def address(self) -> PostalAddress:
        return PostalAddress(
            label=self.label.label(),
            street=self.street.text().strip(),
            extended=self.extended.text().strip(),
            po_box=self.po_box.text().strip(),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            postal_code=self.postal_code.text().strip(),
            country=self.country.text().strip(),
        )

    def focus_widgets(self) -> list[QWidget]:
        return [
            self.label,
            self.street,
            self.extended,
            self.po_box,
            self.postal_code,
            self.city,
            self.region,
            self.country,
            self.remove,
        ]

    def clear(self) -> None:
        self.set_address(PostalAddress())


class AddressListEditor(QWidget):
    """The contact's addresses; there is always one block to type into.

    Signals:
    country_changed(str): the first address's country text changed (numbers are read in
        that country).
    country_edited(): a country was edited and left.
    rows_changed(): an address was added or removed.
    """

    country_changed = Signal(str)
    country_edited = Signal()
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blocks: list[AddressBlock] = []
        self._blocks_layout = QVBoxLayout()
        self._blocks_layout.setContentsMargins(0, 0, 0, 0)
        self._blocks_layout.setSpacing(SPACE)
        self.add_button = QPushButton(tr("+ Add address"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.setFlat(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_TIGHT)
        layout.addLayout(self._blocks_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self._on_add)
        self.add_block()

    def set_addresses(self, addresses: Sequence[PostalAddress]) -> None:
        for block in list(self._blocks):
            self._drop(block)
        for address in addresses:
            self.add_block(address)
        if not self._blocks:
            self.add_block()
        self.rows_changed.emit()
        self.country_changed.emit(self.first_country())

    def addresses(self) -> list[PostalAddress]:
        """Every address with something in it, in order."""
        found = [block.address() for block in self._blocks]
        return [address for address in found if not address.is_empty()]

    def first_country(self) -> str:
        return self._blocks[0].country.text()

    def block_count(self) -> int:
        return len(self._blocks)

    def block(self, index: int) -> AddressBlock:
        return self._blocks[index]

    def add_block(self, address: PostalAddress | None = None) -> int:
        block = AddressBlock(self)
        if address is not None:
            block.set_address(address)
        block.country.textChanged.connect(self._on_country_text)
        block.country.editingFinished.connect(self.country_edited)
        block.remove.clicked.connect(lambda _checked=False, b=block: self._on_remove(b))
        self._blocks.append(block)
        self._blocks_layout.addWidget(block)
        # Shown now, not on the layout's queued show: the new block is focused at once.
        block.show()
        return len(self._blocks) - 1

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for block in self._blocks:
            widgets += block.focus_widgets()
        widgets.append(self.add_button)
        return widgets

    def _on_add(self) -> None:
        index = self.add_block()
        self.rows_changed.emit()
        self.block(index).label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_remove(self, block: AddressBlock) -> None:
        if len(self._blocks) == 1:
            block.clear()
        else:
            index = self._blocks.index(block)
            self._drop(block)
            self.rows_changed.emit()
            self._blocks[min(index, len(self._blocks) - 1)].street.setFocus()
        self.country_changed.emit(self.first_country())
        self.country_edited.emit()

    def _on_country_text(self, _text: str) -> None:
        self.country_changed.emit(self.first_country())

    def _drop(self, block: AddressBlock) -> None:
        self._blocks.remove(block)
        self._blocks_layout.removeWidget(block)
        block.hide()
        block.deleteLater()
