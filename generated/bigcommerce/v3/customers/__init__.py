# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `customers` models, loaded on first use: `from bigcommerce.v3.customers import
Customer`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.metafield import Metafield
    from ..shared.models.metafield_create_input import MetafieldCreateInput, MetafieldUpdateInput
    from ..shared.models.metafield_create_many_item import MetafieldCreateManyItem
    from ..shared.models.metafield_update_many_item import MetafieldUpdateManyItem
    from .models.address import Address
    from .models.attribute import Attribute
    from .models.billing_address import BillingAddress
    from .models.consent import Consent
    from .models.customer import Customer
    from .models.customer_address import CustomerAddress
    from .models.customer_address_create_many_item import CustomerAddressCreateManyItem
    from .models.customer_address_update_many_item import CustomerAddressUpdateManyItem
    from .models.customer_addresses_customer import CustomerAddressesCustomer
    from .models.customer_attribute import CustomerAttribute
    from .models.customer_attribute_create_many_item import CustomerAttributeCreateManyItem
    from .models.customer_attribute_update_many_item import CustomerAttributeUpdateManyItem
    from .models.customer_attribute_value_upsert_item import CustomerAttributeValueUpsertItem
    from .models.customer_attributes import CustomerAttributes
    from .models.customer_authentication import CustomerAuthentication
    from .models.customer_authentication_response import CustomerAuthenticationResponse
    from .models.customer_consent_update import CustomerConsentUpdate
    from .models.customer_create_many_item import CustomerCreateManyItem
    from .models.customer_create_many_item_store_credit_amount import (
        CustomerCreateManyItemStoreCreditAmount,
    )
    from .models.customer_form_field_value import CustomerFormFieldValue
    from .models.customer_form_field_value_update_many_item import (
        CustomerFormFieldValueUpdateManyItem,
    )
    from .models.customer_setting_update import CustomerSettingUpdate, CustomerSettingUpdateBody
    from .models.customer_stored_instrument import CustomerStoredInstrument
    from .models.customer_subscriber_create import (
        CustomerSubscriberCreate,
        CustomerSubscriberUpdate,
    )
    from .models.customer_update_many_item import CustomerUpdateManyItem
    from .models.customer_validate_credentials import CustomerValidateCredentials
    from .models.form_field_value import FormFieldValue
    from .models.form_field_value_address import FormFieldValueAddress
    from .models.form_field_value_customer import FormFieldValueCustomer
    from .models.setting_update_variant_privacy_settings import SettingUpdateVariantPrivacySettings
    from .models.setting_variant_customer_group_settings import SettingVariantCustomerGroupSettings
    from .models.subscriber import Subscriber
    from .models.validate_customer_credentials import ValidateCustomerCredentials

#: public name -> (model module, its name there)
_EXPORTS = {
    "Address": (".models.address", "Address"),
    "Attribute": (".models.attribute", "Attribute"),
    "BillingAddress": (".models.billing_address", "BillingAddress"),
    "Consent": (".models.consent", "Consent"),
    "Customer": (".models.customer", "Customer"),
    "CustomerAddress": (".models.customer_address", "CustomerAddress"),
    "CustomerAddressCreateManyItem": (
        ".models.customer_address_create_many_item",
        "CustomerAddressCreateManyItem",
    ),
    "CustomerAddressUpdateManyItem": (
        ".models.customer_address_update_many_item",
        "CustomerAddressUpdateManyItem",
    ),
    "CustomerAddressesCustomer": (
        ".models.customer_addresses_customer",
        "CustomerAddressesCustomer",
    ),
    "CustomerAttribute": (".models.customer_attribute", "CustomerAttribute"),
    "CustomerAttributeCreateManyItem": (
        ".models.customer_attribute_create_many_item",
        "CustomerAttributeCreateManyItem",
    ),
    "CustomerAttributeUpdateManyItem": (
        ".models.customer_attribute_update_many_item",
        "CustomerAttributeUpdateManyItem",
    ),
    "CustomerAttributeValueUpsertItem": (
        ".models.customer_attribute_value_upsert_item",
        "CustomerAttributeValueUpsertItem",
    ),
    "CustomerAttributes": (".models.customer_attributes", "CustomerAttributes"),
    "CustomerAuthentication": (".models.customer_authentication", "CustomerAuthentication"),
    "CustomerAuthenticationResponse": (
        ".models.customer_authentication_response",
        "CustomerAuthenticationResponse",
    ),
    "CustomerConsentUpdate": (".models.customer_consent_update", "CustomerConsentUpdate"),
    "CustomerCreateManyItem": (".models.customer_create_many_item", "CustomerCreateManyItem"),
    "CustomerCreateManyItemStoreCreditAmount": (
        ".models.customer_create_many_item_store_credit_amount",
        "CustomerCreateManyItemStoreCreditAmount",
    ),
    "CustomerFormFieldValue": (".models.customer_form_field_value", "CustomerFormFieldValue"),
    "CustomerFormFieldValueUpdateManyItem": (
        ".models.customer_form_field_value_update_many_item",
        "CustomerFormFieldValueUpdateManyItem",
    ),
    "CustomerSettingUpdate": (".models.customer_setting_update", "CustomerSettingUpdate"),
    "CustomerSettingUpdateBody": (".models.customer_setting_update", "CustomerSettingUpdateBody"),
    "CustomerStoredInstrument": (".models.customer_stored_instrument", "CustomerStoredInstrument"),
    "CustomerSubscriberCreate": (".models.customer_subscriber_create", "CustomerSubscriberCreate"),
    "CustomerSubscriberUpdate": (".models.customer_subscriber_create", "CustomerSubscriberUpdate"),
    "CustomerUpdateManyItem": (".models.customer_update_many_item", "CustomerUpdateManyItem"),
    "CustomerValidateCredentials": (
        ".models.customer_validate_credentials",
        "CustomerValidateCredentials",
    ),
    "FormFieldValue": (".models.form_field_value", "FormFieldValue"),
    "FormFieldValueAddress": (".models.form_field_value_address", "FormFieldValueAddress"),
    "FormFieldValueCustomer": (".models.form_field_value_customer", "FormFieldValueCustomer"),
    "Metafield": ("..shared.models.metafield", "Metafield"),
    "MetafieldCreateInput": ("..shared.models.metafield_create_input", "MetafieldCreateInput"),
    "MetafieldCreateManyItem": (
        "..shared.models.metafield_create_many_item",
        "MetafieldCreateManyItem",
    ),
    "MetafieldUpdateInput": ("..shared.models.metafield_create_input", "MetafieldUpdateInput"),
    "MetafieldUpdateManyItem": (
        "..shared.models.metafield_update_many_item",
        "MetafieldUpdateManyItem",
    ),
    "SettingUpdateVariantPrivacySettings": (
        ".models.setting_update_variant_privacy_settings",
        "SettingUpdateVariantPrivacySettings",
    ),
    "SettingVariantCustomerGroupSettings": (
        ".models.setting_variant_customer_group_settings",
        "SettingVariantCustomerGroupSettings",
    ),
    "Subscriber": (".models.subscriber", "Subscriber"),
    "ValidateCustomerCredentials": (
        ".models.validate_customer_credentials",
        "ValidateCustomerCredentials",
    ),
}

__all__ = [
    "Address",
    "Attribute",
    "BillingAddress",
    "Consent",
    "Customer",
    "CustomerAddress",
    "CustomerAddressCreateManyItem",
    "CustomerAddressUpdateManyItem",
    "CustomerAddressesCustomer",
    "CustomerAttribute",
    "CustomerAttributeCreateManyItem",
    "CustomerAttributeUpdateManyItem",
    "CustomerAttributeValueUpsertItem",
    "CustomerAttributes",
    "CustomerAuthentication",
    "CustomerAuthenticationResponse",
    "CustomerConsentUpdate",
    "CustomerCreateManyItem",
    "CustomerCreateManyItemStoreCreditAmount",
    "CustomerFormFieldValue",
    "CustomerFormFieldValueUpdateManyItem",
    "CustomerSettingUpdate",
    "CustomerSettingUpdateBody",
    "CustomerStoredInstrument",
    "CustomerSubscriberCreate",
    "CustomerSubscriberUpdate",
    "CustomerUpdateManyItem",
    "CustomerValidateCredentials",
    "FormFieldValue",
    "FormFieldValueAddress",
    "FormFieldValueCustomer",
    "Metafield",
    "MetafieldCreateInput",
    "MetafieldCreateManyItem",
    "MetafieldUpdateInput",
    "MetafieldUpdateManyItem",
    "SettingUpdateVariantPrivacySettings",
    "SettingVariantCustomerGroupSettings",
    "Subscriber",
    "ValidateCustomerCredentials",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
